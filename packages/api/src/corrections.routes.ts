import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { articleStream, type WirelogEvent } from '@wirelog/events';
import { WrongExpectedVersionError } from '@wirelog/event-store';
import { HARDWARE_CATALOGUE, HARDWARE_CATEGORIES, isCountryCode } from '@wirelog/extraction';
import { requireRole } from './access/access';
import { ApiError, notFound, quote } from './api-error';
import { parseArticleId } from './article-id';
import { getArticle, mentionsOf, type MentionRow } from './articles.queries';
import type { ApiDeps } from './api-deps';

const KINDS = ['country', 'money', 'hardware', 'org', 'place', 'capacity', 'quantity'] as const;
type Kind = (typeof KINDS)[number];

/** What a key of each kind looks like (SPEC §6). */
const KEY_FORMS: Record<Kind, { test: (key: string) => boolean; what: string }> = {
  country: { test: isCountryCode, what: 'an ISO 3166-1 alpha-2 code (IN)' },
  money: {
    test: (k) => /^[A-Z]{3}:(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?(-(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?)?$/.test(k),
    what: 'a currency and amount (USD:2000000000) or range (USD:1000000000-2000000000)',
  },
  capacity: { test: (k) => /^MW:(0|[1-9][0-9]{0,9})(\.[0-9]{1,3})?(-(0|[1-9][0-9]{0,9})(\.[0-9]{1,3})?)?$/.test(k), what: 'megawatts (MW:1500) or a range (MW:100-300)' },
  quantity: { test: (k) => /^[a-z]{1,20}:[1-9][0-9]{0,12}$/.test(k), what: 'a unit and count (gpu:18000)' },
  hardware: { test: (k) => /^[a-z0-9]+(-[a-z0-9]+){0,9}$/.test(k) && k.length <= 80, what: 'a hardware slug (nvidia-h100)' },
  org: { test: (k) => /^[a-z0-9]+(-[a-z0-9]+){0,15}$/.test(k) && k.length <= 120, what: 'an organisation slug (nvidia)' },
  place: { test: (k) => /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(k) && isCountryCode(k.slice(0, 2)), what: 'an ISO 3166-2 code (IN-UP) or a country code' },
};

const text = (max: number) => z.string().min(1).max(max).refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters');
const body = z.strictObject({
  action: z.enum(['confirm', 'reject', 'relabel', 'add']),
  mentionId: text(200).optional(),
  kind: z.enum(KINDS).optional(),
  key: text(120).optional(),
  name: text(200).optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  /** a hardware key the catalogue does not know: who makes it and what it is */
  vendor: text(80).optional(),
  category: z.enum(HARDWARE_CATEGORIES as [string, ...string[]]).optional(),
  reason: text(2000).optional(),
  expectedVersion: z.number().int().nonnegative().optional(),
});
type Correction = z.infer<typeof body>;

function required<T>(value: T | undefined, name: string, action: string): T {
  if (value === undefined) throw new ApiError(400, 'bad_request', `${name}: required for ${action}`);
  return value;
}

function checkedKey(kind: Kind, key: string): string {
  if (!KEY_FORMS[kind].test(key)) throw new ApiError(400, 'bad_request', `key: ${quote(key)} is not ${KEY_FORMS[kind].what}`);
  return key;
}

const notNewHardware = () => new ApiError(400, 'bad_request', 'vendor, category: only for a hardware key the catalogue does not know');

/**
 * A hardware key must be one the extractor's catalogue knows, or come with
 * the vendor and category of a new one (kept on the event); other kinds
 * take neither.
 */
function newHardwareOf(c: Correction, kind: Kind, key: string): { value?: { vendor: string; category: (typeof HARDWARE_CATEGORIES)[number] } } {
  const described = c.vendor !== undefined || c.category !== undefined;
  if (kind !== 'hardware' || HARDWARE_CATALOGUE.has(key)) {
    if (described) throw notNewHardware();
    return {};
  }
  if (c.vendor === undefined || c.category === undefined) {
    throw new ApiError(400, 'bad_request', `key: ${quote(key)} is no known hardware; a new one needs vendor and category (${HARDWARE_CATEGORIES.join(', ')})`);
  }
  return { value: { vendor: c.vendor, category: c.category as (typeof HARDWARE_CATEGORIES)[number] } };
}

/** The event a correction appends, from the article's text and its mentions as projected. */
function eventOf(c: Correction, articleId: string, articleText: string, mentions: MentionRow[]): WirelogEvent {
  const reason = c.reason === undefined ? {} : { reason: c.reason };
  if (c.action === 'add') {
    const kind = required(c.kind, 'kind', 'add');
    const key = checkedKey(kind, required(c.key, 'key', 'add'));
    const start = required(c.start, 'start', 'add');
    const end = required(c.end, 'end', 'add');
    if (end <= start || end > articleText.length) throw new ApiError(400, 'bad_request', `start, end: ${start}..${end} is not a span inside the text (0..${articleText.length})`);
    const span = articleText.slice(start, end);
    if (span.trim() !== span || span === '') throw new ApiError(400, 'bad_request', `start, end: the span ${quote(span)} must begin and end on the mention's text`);
    const data = { articleId, mentionId: `reviewer-${kind}-${key}-${start}`, kind, key, name: c.name ?? span, text: span, start, end, ...newHardwareOf(c, kind, key), ...reason };
    return { type: 'EntityAdded', data };
  }
  const mentionId = required(c.mentionId, 'mentionId', c.action);
  const mention = mentions.find((m) => m.mention_id === mentionId);
  if (!mention) throw new ApiError(400, 'bad_request', `mentionId: ${quote(mentionId)} is no mention of this article`);
  const target = { articleId, mentionId, kind: mention.kind as Kind, key: mention.key, start: mention.start, end: mention.end, ...reason };
  if (c.action !== 'relabel' && (c.vendor !== undefined || c.category !== undefined)) {
    throw notNewHardware();
  }
  if (c.action === 'confirm') return { type: 'EntityConfirmed', data: target };
  if (c.action === 'reject') return { type: 'EntityRejected', data: target };
  const kind = required(c.kind, 'kind', 'relabel');
  const key = checkedKey(kind, required(c.key, 'key', 'relabel'));
  if (kind === mention.kind && key === mention.key) throw new ApiError(400, 'bad_request', `kind, key: the mention is already ${kind} ${key}`);
  const to = { kind, key, name: c.name ?? HARDWARE_CATALOGUE.get(key)?.name ?? key, ...newHardwareOf(c, kind, key) };
  return {
    type: 'EntityRelabelled',
    data: { articleId, mentionId, start: mention.start, end: mention.end, from: { kind: mention.kind as Kind, key: mention.key }, to, ...reason },
  };
}

/**
 * `POST /api/articles/:id/corrections` (SPEC §8): a reviewer's confirm,
 * reject, relabel or add, appended as an event with the token's name as
 * actor; 202 with the event's position. Corrections are keyed by span and
 * kind, so they outlive re-extraction. A stale `expectedVersion` is a 409.
 */
export function correctionsRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.post('/:id/corrections', requireRole('reviewer'), bodyLimit({ maxSize: 16 * 1024, onError: () => { throw new ApiError(400, 'bad_request', 'the body is larger than 16 KB'); } }), async (c) => {
    const articleId = parseArticleId(c.req.param('id'));
    const json = await c.req.json().catch(() => {
      throw new ApiError(400, 'bad_request', 'the body must be a JSON object');
    });
    const parsed = body.safeParse(json);
    if (!parsed.success) throw new ApiError(400, 'bad_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    const article = await getArticle(deps.database, articleId);
    if (!article) throw notFound(`article ${articleId}`);
    if (article.text == null) throw new ApiError(409, 'not_extracted', `article ${articleId} has no text yet`);
    const event = eventOf(parsed.data, articleId, article.text, await mentionsOf(deps.database, articleId));
    const actor = c.get('principal').name;
    try {
      const result = await deps.store.append(articleStream(articleId), [{ ...event, eventId: crypto.randomUUID(), metadata: { actor } }], {
        expectedVersion: parsed.data.expectedVersion ?? 'any',
      });
      return c.json({ type: event.type, position: String(result.lastPosition), version: result.nextExpectedVersion, actor }, 202);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new ApiError(409, 'version_conflict', `expectedVersion ${parsed.data.expectedVersion} is stale: the article is at version ${error.actual}; reload it and try again`);
      }
      throw error;
    }
  });
  return app;
}
