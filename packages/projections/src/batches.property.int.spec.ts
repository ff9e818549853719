import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@wirelog/db';
import { EventStore, processBatch, readCheckpoint, type NewEvent } from '@wirelog/event-store';
import type { MentionPayload, WirelogEvent } from '@wirelog/events';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { projections } from './index';
import { applyBatch, parkUnreadable } from './parked-events';
import { dumpTables, MENTION_POOL as POOL } from './projections.fixture';

// few feeds and articles, so that events meet the same rows again and again, across runs too
const FEEDS = ['f0', 'f1'];
const ARTICLES = ['a0', 'a1', 'a2', 'a3'];
const TIMES = ['2026-03-01T10:00:00.000Z', '2026-03-02T11:30:00.250Z', '2026-02-27T08:00:00.000Z'];

const feedId = fc.constantFrom(...FEEDS);
const articleId = fc.constantFrom(...ARTICLES);
const time = fc.constantFrom(...TIMES);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const at = fc.nat({ max: POOL.length - 1 });

const feedEvent: fc.Arbitrary<WirelogEvent> = fc.oneof(
  fc.record({
    type: fc.constantFrom('FeedRegistered' as const, 'FeedChanged' as const),
    data: fc.record({
      feedId, url: fc.constantFrom('https://example.org/a', 'https://example.org/b'), credentials: fc.constant(false),
      intervalMs: fc.constantFrom(60_000, 600_000), hostIntervalMs: fc.constant(1000), fetchArticles: fc.boolean(), enabled: fc.boolean(),
      allowPrivate: fc.constant(false), tags: fc.subarray(['cloud', 'chips']),
    }),
  }),
  fc.record({ type: fc.constant('FeedRemoved' as const), data: fc.record({ feedId }) }),
  fc.record({
    type: fc.constant('FeedPolled' as const),
    data: fc.record({ feedId, polledAt: time, notModified: fc.boolean(), itemCount: fc.nat(3), newArticleCount: fc.nat(3), etag: maybe(fc.constantFrom('"e1"', '"e2"')), lastModified: maybe(fc.constant('Mon, 02 Mar 2026 10:00:00 GMT')) }),
  }),
  fc.record({
    type: fc.constant('FeedPollFailed' as const),
    data: fc.record({ feedId, polledAt: time, reason: fc.constantFrom('HTTP 500', 'timeout'), retryable: fc.boolean(), consecutiveFailures: fc.integer({ min: 1, max: 4 }), gone: fc.boolean() }),
  }),
);

const span = (a: string, m: MentionPayload) => ({ articleId: a, mentionId: m.id, start: m.start, end: m.end });
const articleEvent: fc.Arbitrary<WirelogEvent> = fc.oneof(
  fc.record({
    type: fc.constant('ArticleDiscovered' as const),
    data: fc.record({ articleId, feedId, url: fc.constant('https://news.example/x'), title: maybe(fc.constantFrom('', 'Feed title')), publishedAt: maybe(time), discoveredAt: time }),
  }),
  fc.record({
    type: fc.constant('ArticleFetched' as const),
    data: fc.record({
      articleId, url: fc.constant('https://news.example/x'), title: fc.constantFrom('', 'Page title'), byline: maybe(fc.constant('A. Writer')), publishedAt: maybe(time),
      lang: maybe(fc.constant('en')), text: fc.constantFrom('India and NVIDIA.', 'Meta in France.'), textHash: fc.constantFrom('h1', 'h2'), wordCount: fc.nat(500),
      source: fc.constantFrom('page' as const, 'feed' as const), fetchedAt: time,
    }),
  }),
  fc.record({ type: fc.constant('ArticleFetchFailed' as const), data: fc.record({ articleId, url: fc.constant('https://news.example/x'), reason: fc.constant('HTTP 404'), failedAt: time }) }),
  fc.record({ type: fc.constant('ArticleDuplicateDetected' as const), data: fc.record({ articleId, duplicateOf: articleId, textHash: fc.constant('h1'), detectedAt: time }) }),
  // names vary, so that which article names a new catalogue entity first matters
  fc.record({ articleId, picks: fc.subarray([...POOL.keys()]), renamed: fc.boolean(), version: fc.constantFrom('v1', 'v2') }).map(({ articleId: a, picks, renamed, version }) => ({
    type: 'EntitiesExtracted' as const,
    data: { articleId: a, extractorVersion: version, textHash: 'h1', extractedAt: TIMES[0]!, mentions: picks.map((i) => ({ ...POOL[i]!, id: `${POOL[i]!.id}-${version}`, name: renamed ? `${POOL[i]!.name} (alt)` : POOL[i]!.name })) },
  })),
  fc.record({ articleId, at, confirm: fc.boolean() }).map(({ articleId: a, at: i, confirm }) => ({
    type: confirm ? ('EntityConfirmed' as const) : ('EntityRejected' as const),
    data: { ...span(a, POOL[i]!), kind: POOL[i]!.kind, key: POOL[i]!.key },
  })),
  fc.record({ articleId, from: at, to: at }).map(({ articleId: a, from, to }) => ({
    type: 'EntityRelabelled' as const,
    data: { ...span(a, POOL[from]!), from: { kind: POOL[from]!.kind, key: POOL[from]!.key }, to: { kind: POOL[to]!.kind, key: POOL[to]!.key, name: POOL[to]!.name } },
  })),
  fc.record({ articleId, at }).map(({ articleId: a, at: i }) => ({
    type: 'EntityAdded' as const,
    data: { ...span(a, POOL[i]!), mentionId: `rev-${randomUUID()}`, kind: POOL[i]!.kind, key: POOL[i]!.key, name: POOL[i]!.name, text: POOL[i]!.text },
  })),
);

const streamOf = (e: WirelogEvent) => ('articleId' in e.data ? `article-${e.data.articleId}` : `feed-${e.data.feedId}`);

/** The event with its entities' keys made new for this run: the catalogue meets new entities in every run, not only the first. */
const keyedFor = (run: number, e: WirelogEvent): WirelogEvent => ({
  ...e,
  data: JSON.parse(JSON.stringify(e.data), (k, v: unknown) => (k === 'key' && typeof v === 'string' ? `${v}.${run}` : v)),
} as WirelogEvent);

/** Applies everything in the log, each projection in batches of these sizes in turn, as the runner does. */
async function applyAll(database: Database, sizes: number[]): Promise<void> {
  for (const projection of projections) {
    const { follows } = projection;
    for (let n = 0, applied = -1; applied !== 0; n++) {
      applied = await processBatch(database, {
        name: projection.name,
        batchSize: sizes[n % sizes.length],
        handle: applyBatch(projection),
        onUnreadable: parkUnreadable(projection),
        upTo: follows ? (tx) => readCheckpoint(tx, follows) : undefined,
      });
    }
  }
}

/** The log's events after `position`, copied with their positions and times: the same log, to apply another way. */
async function copyLog(from: Database, to: Database, position: bigint): Promise<void> {
  const columns = 'global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at';
  const { rows } = await from.query(`SELECT ${columns} FROM events WHERE global_position > $1 ORDER BY global_position`, [position]);
  await to.query(
    `INSERT INTO events (${columns}) OVERRIDING SYSTEM VALUE
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::events, $1::jsonb) ORDER BY global_position`,
    [JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? v.toString() : v))],
  );
}

describeEachDatabase('projections applied in batches of any size', (open) => {
  let batched: { db: TestDatabase; store: EventStore };
  let oneByOne: { db: TestDatabase };
  // two databases to open and migrate: longer than one hook's default on a busy machine
  beforeAll(async () => {
    const [a, b] = [await open(), await open()];
    batched = { db: a, store: new EventStore(a.database) };
    oneByOne = { db: b };
  }, 180_000);
  afterAll(async () => {
    await batched?.db.close();
    await oneByOne?.db.close();
  });
  const tables = projections.flatMap((p) => p.tables);

  // runs share the two databases, each on top of the ones before: a counterexample is the failing run's events, after the earlier runs'
  it('leave the rows that applying each event alone leaves', async () => {
    let copied = 0n;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ arbitrary: articleEvent, weight: 3 }, { arbitrary: feedEvent, weight: 1 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (events, sizes, anonymous) => {
          run += 1;
          for (const e of events) {
            const event: NewEvent = { ...keyedFor(run, e), eventId: randomUUID(), metadata: anonymous ? {} : { actor: 'reviewer-1' } };
            await batched.store.append(streamOf(e), [event]);
          }
          await copyLog(batched.db.database, oneByOne.db.database, copied);
          copied = (await batched.db.database.query<{ p: bigint }>('SELECT max(global_position) AS p FROM events')).rows[0]!.p;
          await applyAll(batched.db.database, sizes);
          await applyAll(oneByOne.db.database, [1]);
          expect(await dumpTables(batched.db.database, tables)).toEqual(await dumpTables(oneByOne.db.database, tables));
          for (const { database } of [batched.db, oneByOne.db]) expect((await database.query('SELECT count(*)::int AS n FROM parked_events')).rows).toEqual([{ n: 0 }]);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
