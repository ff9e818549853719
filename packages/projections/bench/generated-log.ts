/**
 * A generated event log of the size and mix the pipeline writes, as `COPY`
 * text for the `events` table: feeds registered, polled (some failing), and
 * per article ArticleDiscovered (with the feed's summary), ArticleFetched (a
 * ~1,000-word text) and EntitiesExtracted (10–30 mentions), fetched and
 * extracted a few polls after discovery as a live pipeline does; a few
 * fetch failures and duplicates; reviewer corrections later on, and a
 * re-extraction of some articles by a newer extractor near the end.
 * Deterministic: the same size gives the same log.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { schemaVersionOf, type EventType, type MentionPayload, type WirelogEvent } from '@wirelog/events';

const seeds = path.resolve(import.meta.dirname, '../../../seeds/pages');
const FEEDS = 60;
const ARTICLES_PER_POLL = 12;
/** polls between discovery and fetch, and between fetch and extraction */
const PIPELINE_LAG = 3;

/** A small deterministic PRNG (mulberry32): the log is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(42);
const pick = <T>(xs: readonly T[], r = rand): T => xs[Math.floor(r() * xs.length)]!;
/** Zipf-like: low indexes far more often, as names and words are in news. */
const zipf = <T>(xs: readonly T[], r = rand): T => xs[Math.floor(r() ** 3 * xs.length)]!;
const between = (min: number, max: number, r = rand) => min + Math.floor(r() * (max - min + 1));
const hex = (seed: string, length: number) => createHash('sha256').update(seed).digest('hex').slice(0, length);

/** The seed pages' paragraphs, each in variants with a tenth of their words from a long-tailed vocabulary. */
function paragraphPool(): string[] {
  const html = readdirSync(seeds).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(path.join(seeds, f), 'utf8')).join('\n');
  const paragraphs = [...html.matchAll(/<p[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]!.trim()).filter((p) => p.length > 0);
  const vocabulary = Array.from({ length: 40_000 }, (_, i) => hex(`w${i}`, 4 + (i % 7)).replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!));
  return Array.from({ length: 2_000 }, (_, i) =>
    paragraphs[i % paragraphs.length]!.split(' ').map((w) => (rand() < 0.1 ? zipf(vocabulary) : w)).join(' '),
  );
}

const COUNTRIES = ['US', 'CN', 'IN', 'GB', 'FR', 'DE', 'JP', 'KR', 'SA', 'AE', 'SG', 'CA', 'AU', 'BR', 'NL', 'IE', 'SE', 'NO', 'ES', 'IT', 'MY', 'ID', 'VN', 'TH', 'MX',
  'CL', 'ZA', 'NG', 'KE', 'EG', 'IL', 'TR', 'PL', 'FI', 'DK', 'CH', 'AT', 'BE', 'PT', 'CZ', 'QA', 'KW', 'OM', 'BH', 'PK', 'BD', 'PH', 'TW', 'NZ', 'AR', 'CO', 'PE',
  'MA', 'GH', 'RW', 'KZ', 'UZ', 'GR', 'RO', 'HU'];
const ORGS = Array.from({ length: 3_000 }, (_, i) => ({ key: `org-${i}`, name: `Organisation ${i}` }));
const HARDWARE = Array.from({ length: 120 }, (_, i) => ({ key: `chip-${i}`, name: `Accelerator ${i}`, vendor: `vendor-${i % 9}` }));
const PLACES = COUNTRIES.flatMap((c) => [`${c}-01`, `${c}-02`, `${c}-03`]);

/**
 * The article's mentions by an extractor version: the same for the same
 * article (reviewers target them); a newer version finds the same spans
 * under new ids and drops a tenth of them.
 */
function mentions(articleId: string, version: string): MentionPayload[] {
  const r = random(parseInt(articleId.slice(0, 8), 16));
  const out: MentionPayload[] = [];
  let at = 0;
  const add = (kind: MentionPayload['kind'], key: string, name: string, extra: Partial<MentionPayload> = {}) => {
    at += between(20, 400, r);
    out.push({ id: hex(`${articleId}:${version}:${out.length}`, 16), kind, key, name, text: name, start: at, end: at + name.length, confidence: 0.6 + r() * 0.4, ...extra });
  };
  const countries = Array.from({ length: between(1, 4, r) }, () => zipf(COUNTRIES, r));
  for (const c of countries) for (let i = between(1, 3, r); i > 0; i--) add('country', c, `Country ${c}`);
  for (let i = between(3, 10, r); i > 0; i--) {
    const org = zipf(ORGS, r);
    add('org', org.key, org.name);
  }
  for (let i = between(0, 5, r); i > 0; i--) {
    const h = zipf(HARDWARE, r);
    add('hardware', h.key, h.name, { value: { vendor: h.vendor, category: 'accelerator', ...(r() < 0.3 ? { quantity: between(1, 50, r) * 1000 } : {}) } });
  }
  for (let i = between(0, 4, r); i > 0; i--) {
    const usd = between(1, 400, r) * 10 ** between(6, 9, r);
    add('money', `USD:${usd}`, `$${usd / 1e6} million`, { value: { currency: 'USD', amount: usd, usd }, country: pick(countries, r), ...(r() < 0.5 ? { org: zipf(ORGS, r).key } : {}) });
  }
  for (let i = between(0, 3, r); i > 0; i--) {
    const place = zipf(PLACES, r);
    add('place', place, `Region ${place}`, { value: { country: place.slice(0, 2) } });
  }
  return version === 'v1' ? out : out.filter(() => r() >= 0.1);
}

export interface Logged {
  stream: string;
  event: WirelogEvent;
  actor: string;
}

/** The log's events in order: about `count` of them. */
export function* generateLog(count: number): Generator<Logged> {
  const paragraphs = paragraphPool();
  let events = 0;
  const queue: Logged[] = [];
  const log = (stream: string, event: WirelogEvent, actor = 'system') => {
    events += 1;
    queue.push({ stream, event, actor });
  };
  const clock = Date.parse('2026-01-01T00:00:00Z');
  const at = () => new Date(clock + events * 1500).toISOString();
  const feed = (i: number) => `feed-${i}`;
  for (let i = 0; i < FEEDS; i++) {
    log(`feed-${feed(i)}`, {
      type: 'FeedRegistered',
      data: { feedId: feed(i), url: `https://news${i}.example/feed.xml`, credentials: false, intervalMs: 600_000, hostIntervalMs: 1000, fetchArticles: true, enabled: true, allowPrivate: false, tags: ['ai'] },
    });
  }
  const discovered: string[][] = [];
  const done: string[] = [];
  let articles = 0;
  for (let poll = 0; events < count * 0.93; poll++) {
    const feedId = feed(poll % FEEDS);
    if (rand() < 0.05) {
      log(`feed-${feedId}`, { type: 'FeedPollFailed', data: { feedId, polledAt: at(), reason: 'HTTP 503', httpStatus: 503, retryable: true, consecutiveFailures: 1, gone: false } });
    } else if (rand() < 0.15) {
      log(`feed-${feedId}`, { type: 'FeedPolled', data: { feedId, polledAt: at(), notModified: true, httpStatus: 304, itemCount: 0, newArticleCount: 0 } });
    } else {
      log(`feed-${feedId}`, { type: 'FeedPolled', data: { feedId, polledAt: at(), notModified: false, httpStatus: 200, etag: `"${hex(`${poll}`, 12)}"`, itemCount: 30, newArticleCount: ARTICLES_PER_POLL } });
      const batch: string[] = [];
      for (let n = 0; n < ARTICLES_PER_POLL; n++) {
        const articleId = hex(`article-${articles++}`, 24);
        batch.push(articleId);
        const summary = paragraphs[articles % paragraphs.length]!.split(' ').slice(0, 40).join(' ');
        log(`article-${articleId}`, {
          type: 'ArticleDiscovered',
          data: { articleId, feedId, url: `https://news.example/${articleId}`, guid: articleId, title: `Story ${articles} on AI infrastructure`, publishedAt: at(), author: 'Staff', summary, discoveredAt: at() },
        });
      }
      discovered.push(batch);
    }
    if (discovered.length > PIPELINE_LAG) {
      for (const articleId of discovered[discovered.length - 1 - PIPELINE_LAG]!) fetch(articleId);
    }
    if (discovered.length > 2 * PIPELINE_LAG) {
      for (const articleId of discovered[discovered.length - 1 - 2 * PIPELINE_LAG]!) extract(articleId, 'v1');
    }
    // a reviewer now and then, on an article extracted a while ago
    if (done.length > 100 && rand() < 0.3) review(done[Math.floor(rand() * done.length)]!);
    yield* queue.splice(0);
  }
  // a newer extractor re-reads some stored texts
  for (const articleId of done) if (rand() < 0.07) extract(articleId, 'v2');
  yield* queue.splice(0);

  function fetch(articleId: string) {
    if (rand() < 0.03) log(`article-${articleId}`, { type: 'ArticleFetchFailed', data: { articleId, url: `https://news.example/${articleId}`, reason: 'HTTP 500', httpStatus: 500, failedAt: at() } });
    const parts: string[] = [];
    for (let words = 0; words < 1000; ) {
      const p = pick(paragraphs);
      parts.push(p);
      words += p.split(' ').length;
    }
    const text = parts.join('\n\n');
    const textHash = hex(text, 64);
    log(`article-${articleId}`, {
      type: 'ArticleFetched',
      data: { articleId, url: `https://news.example/${articleId}`, title: `Story ${articleId} on AI infrastructure`, byline: 'Staff', publishedAt: at(), lang: 'en', text, textHash, wordCount: text.split(/\s+/).length, source: 'page', fetchedAt: at() },
    });
    if (rand() < 0.01) log(`article-${articleId}`, { type: 'ArticleDuplicateDetected', data: { articleId, duplicateOf: done[0] ?? articleId, textHash, detectedAt: at() } });
  }

  function extract(articleId: string, version: string) {
    log(`article-${articleId}`, { type: 'EntitiesExtracted', data: { articleId, extractorVersion: version, textHash: hex(articleId, 64), mentions: mentions(articleId, version), extractedAt: at() } });
    if (version === 'v1') done.push(articleId);
  }

  function review(articleId: string) {
    const m = pick(mentions(articleId, 'v1'));
    const span = { articleId, mentionId: m.id, start: m.start, end: m.end };
    const action = rand();
    if (action < 0.4) log(`article-${articleId}`, { type: 'EntityRejected', data: { ...span, kind: m.kind, key: m.key, reason: 'not this' } }, 'reviewer-1');
    else if (action < 0.6) log(`article-${articleId}`, { type: 'EntityConfirmed', data: { ...span, kind: m.kind, key: m.key } }, 'reviewer-1');
    else if (action < 0.8) {
      const to = zipf(ORGS);
      log(`article-${articleId}`, { type: 'EntityRelabelled', data: { ...span, from: { kind: m.kind, key: m.key }, to: { kind: 'org', key: to.key, name: to.name } } }, 'reviewer-2');
    } else {
      log(`article-${articleId}`, { type: 'EntityAdded', data: { ...span, mentionId: `rev-${m.id}`, kind: 'org', key: 'org-1', name: 'Organisation 1', text: m.text, start: m.start + 1, end: m.end + 1 } }, 'reviewer-2');
    }
  }
}

/** One `events` row in COPY text format (JSON has no raw tabs or newlines; backslashes are doubled). */
export function copyLine(logged: Logged, version: number, eventId: string, recordedAt: string): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/\\/g, '\\\\');
  const type: EventType = logged.event.type;
  return `${logged.stream}\t${version}\t${eventId}\t${type}\t${schemaVersionOf(type)}\t${json(logged.event.data)}\t${json({ actor: logged.actor })}\t${recordedAt}\n`;
}
