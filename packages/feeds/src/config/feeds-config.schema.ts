import { FEED_ID_PATTERN, MAX_FEED_ID_LENGTH, MAX_FEED_INTERVAL_MS } from '@wirelog/events';
import { z } from 'zod';
import { parseDuration } from './duration';
import { resolveFeedUrl } from './resolve-feed-url';

const MIN_INTERVAL_MS = 10_000;

const MAX_HOURS = MAX_FEED_INTERVAL_MS / 3_600_000;

function duration(minMs: number) {
  return z.string({ error: 'a duration like 30s, 15m, 1h or 1h30m' }).transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration like 30s, 15m, 1h or 1h30m` });
      return z.NEVER;
    }
    if (ms < minMs) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${minMs / 1000}s (got ${text})` });
      return z.NEVER;
    }
    if (ms > MAX_FEED_INTERVAL_MS) {
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_HOURS}h, a week (got ${text.length > 40 ? `${text.slice(0, 40)}…` : text})` });
      return z.NEVER;
    }
    return ms;
  });
}

const boolean = z.boolean({ error: 'true or false' });

/** Settings a feed may take from `defaults` or set itself. */
const settings = {
  interval: duration(MIN_INTERVAL_MS).optional(),
  hostInterval: duration(0).optional(),
  fetchArticles: boolean.optional(),
  tags: z.array(z.string({ error: 'a tag (string)' }).min(1, 'a tag may not be empty'), { error: 'a list of tags' }).optional(),
  enabled: boolean.optional(),
  allowPrivate: boolean.optional(),
};

/** The feeds file (SPEC §5). Unknown keys are errors: a typo must not silently change nothing. */
export function feedsFileSchema(baseDir: string) {
  const feed = z.strictObject({
    id: z
      .string({ error: 'a stable id of [a-z0-9-]+' })
      .max(MAX_FEED_ID_LENGTH, `at most ${MAX_FEED_ID_LENGTH} characters (stream and job ids are made from it)`)
      .regex(FEED_ID_PATTERN, 'must match [a-z0-9-]+'),
    url: z.string({ error: 'an http(s) URL or a file: path' }).transform((url, ctx) => {
      const resolved = resolveFeedUrl(url, baseDir);
      if (resolved.ok) return resolved.url;
      ctx.addIssue({ code: 'custom', message: resolved.message });
      return z.NEVER;
    }),
    ...settings,
  });
  return z.strictObject(
    { defaults: z.strictObject(settings).optional(), feeds: z.array(feed, { error: 'a list of feeds' }) },
    { error: 'a mapping with `feeds` (and optional `defaults`)' },
  );
}

export type FeedsFile = z.output<ReturnType<typeof feedsFileSchema>>;
