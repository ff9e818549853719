import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '@wirelog/db';
import { createBullQueue } from '@wirelog/queue';
import { describeWithServers, freshPostgresDatabase, freshRedisPrefix, type FreshDatabase, type FreshRedisPrefix } from '@wirelog/testing';
import { repoRoot, runWirelog, startWirelog } from './support/wirelog-cli';
import { startArticleSite, type ArticleSite } from './support/article-site';

/** SPEC §3 services mode: PostgreSQL and BullMQ, one process per role. */
describeWithServers('services mode (Postgres + BullMQ) through the CLI', () => {
  let pg: FreshDatabase;
  let redis: FreshRedisPrefix;
  let database: Database;
  let env: Record<string, string>;
  let site: ArticleSite;
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-services-'));

  beforeAll(async () => {
    pg = await freshPostgresDatabase('services_e2e');
    redis = freshRedisPrefix('services');
    database = createPostgresDatabase(pg.url, { max: 2 });
    env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, WIRELOG_QUEUE_PREFIX: redis.prefix, WIRELOG_FEEDS: path.join(repoRoot, 'seeds/feeds.yaml') };
    site = await startArticleSite(40, { pageDelayMs: 30 });
  });
  afterAll(async () => {
    await site?.close();
    await database?.close();
    await pg?.drop();
    await redis?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const tables = async () => {
    const dump = async (sql: string) => JSON.stringify((await database.query(sql)).rows, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
    return [
      await dump('SELECT * FROM articles ORDER BY article_id'),
      await dump('SELECT * FROM article_entities ORDER BY article_id, entity_id'),
      await dump('SELECT * FROM entities ORDER BY entity_id'),
      await dump('SELECT * FROM money_mentions ORDER BY article_id, mention_id'),
      await dump('SELECT * FROM country_profiles ORDER BY country'),
    ];
  };

  it('refuses an old schema, migrates idempotently, and ingests twice without duplicates', { timeout: 180_000 }, async () => {
    const early = await runWirelog(['ingest', '--once'], env);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/run `wirelog migrate`/);
    const migrations = await Promise.all([runWirelog(['migrate'], env), runWirelog(['migrate'], env)]);
    expect(migrations.map((m) => m.code)).toEqual([0, 0]);
    const all = (JSON.parse(readFileSync(path.join(repoRoot, 'packages/db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
    expect(migrations.map((m) => m.stdout.trim()).sort()).toEqual([`migrations applied: 0 (postgres)`, `migrations applied: ${all} (postgres)`]);

    const first = await runWirelog(['ingest', '--once'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/new articles: 2, fetched: 2/);
    const counts = await database.query<{ type: string; n: string }>('SELECT type, count(*)::text AS n FROM events GROUP BY type ORDER BY type');
    const before = await tables();
    expect(JSON.parse(before[1]!).length).toBeGreaterThan(10);

    const second = await runWirelog(['ingest', '--once'], env);
    expect(second.code, second.stderr).toBe(0);
    const again = await database.query<{ type: string; n: string }>('SELECT type, count(*)::text AS n FROM events GROUP BY type ORDER BY type');
    const polls = (rows: { type: string; n: string }[]) => rows.filter((r) => r.type !== 'FeedPolled');
    expect(polls(again.rows)).toEqual(polls(counts.rows)); // only the new poll is appended
    expect(await tables()).toEqual(before);
  });

  it('shares the pages of a feed between two fetcher processes without fetching any twice', { timeout: 180_000 }, async () => {
    const feeds = path.join(dir, 'feeds.yaml');
    writeFileSync(feeds, `feeds:\n  - id: local-site\n    url: ${site.feedUrls[0]}\n    allowPrivate: true\n    hostInterval: 0s\n`);
    // several workers on one host: each health/metrics listener on a free port
    const workerEnv = { ...env, WIRELOG_FEEDS: feeds, LOG_LEVEL: 'debug', PORT: '0' };
    const fetchers = [startWirelog(['worker', 'fetcher'], workerEnv), startWirelog(['worker', 'fetcher'], workerEnv)];
    let poller: ReturnType<typeof startWirelog> | undefined;
    try {
      await Promise.all(fetchers.map((f) => f.waitFor(/"roles":\["fetcher"\]/)));
      // the poller role registers the feed and its scheduler, which starts the first poll at once
      poller = startWirelog(['worker', 'poller'], workerEnv);
      await poller.waitFor(/feeds reconciled/);
      await expect
        .poll(async () => Number((await database.query<{ n: string }>(`SELECT count(*)::text AS n FROM events WHERE type = 'ArticleFetched' AND data->>'url' LIKE $1`, [`${site.url}%`])).rows[0]!.n), { timeout: 120_000, interval: 500 })
        .toBe(40);
      expect(await poller.stop()).toBe(0);
      const queue = createBullQueue({ redisUrl: redis.url, prefix: redis.prefix });
      await queue.whenIdle(['fetch-article'], { timeoutMs: 30_000 });
      await queue.close();
    } finally {
      await Promise.all([...fetchers, ...(poller ? [poller] : [])].map((f) => f.stop()));
    }
    const tracked = await database.query<{ n: string }>(`SELECT count(*)::text AS n FROM events WHERE type = 'ArticleDiscovered' AND data->>'url' ~ '(utm_|fbclid)'`);
    expect(tracked.rows[0]!.n).toBe('0'); // articles carry canonical URLs
    const pages = [...site.hits].filter(([p]) => p.startsWith('/story/'));
    expect(pages).toHaveLength(40);
    expect(pages.every(([, n]) => n === 1)).toBe(true);
    const perProcess = fetchers.map((f) => (f.output().match(/"msg":"article fetched"/g) ?? []).length);
    expect(perProcess[0]! + perProcess[1]!).toBe(40);
    expect(Math.min(...perProcess)).toBeGreaterThan(0);
  });

  it('polls a feed behind Basic auth in a fetcher process that reads the credentials from its own feeds file; no event, row or log line shows them', { timeout: 120_000 }, async () => {
    // the second desk: the first one's stories were ingested above, and would be duplicates
    const members = await startArticleSite(3, { feeds: 2, feedAuth: 'reader:s3cret' });
    const feeds = path.join(dir, 'members.yaml');
    writeFileSync(feeds, `feeds:\n  - id: members\n    url: ${members.feedUrls[1]!.replace('http://', 'http://reader:s3cret@')}\n    allowPrivate: true\n    hostInterval: 0s\n`);
    const workerEnv = { ...env, WIRELOG_FEEDS: feeds, LOG_LEVEL: 'debug', PORT: '0' };
    const fetcher = startWirelog(['worker', 'fetcher'], workerEnv);
    let poller: ReturnType<typeof startWirelog> | undefined;
    try {
      await fetcher.waitFor(/"roles":\["fetcher"\]/);
      poller = startWirelog(['worker', 'poller'], workerEnv);
      const fetched = async () =>
        Number((await database.query<{ n: string }>(`SELECT count(*)::text AS n FROM events WHERE type = 'ArticleFetched' AND data->>'url' LIKE $1`, [`${members.url}%`])).rows[0]!.n);
      await expect.poll(fetched, { timeout: 60_000, interval: 500 }).toBe(3);
    } finally {
      await Promise.all([fetcher, ...(poller ? [poller] : [])].map((p) => p.stop()));
      await members.close();
    }
    const polls = await database.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = 'feed-members' ORDER BY stream_version`);
    expect(polls.rows.map((r) => r.type)).toEqual(['FeedRegistered', 'FeedPolled']);
    expect(members.hits.get('/feeds/1.xml')).toBe(1);

    expect((await runWirelog(['projections', 'rebuild', 'feeds'], env)).code).toBe(0);
    expect((await database.query(`SELECT url FROM feeds WHERE feed_id = 'members'`)).rows).toEqual([{ url: members.feedUrls[1] }]);
    const tail = await runWirelog(['events', 'tail', '--no-follow', '--stream', 'feed-members'], env);
    expect(tail.stdout).toContain(`"url":"${members.feedUrls[1]}","credentials":true`);
    const rows = await database.query<{ row: string }>(`SELECT t::text AS row FROM events t UNION ALL SELECT t::text FROM feeds t UNION ALL SELECT t::text FROM job_failures t`);
    for (const text of [rows.rows.map((r) => r.row).join('\n'), tail.stdout, fetcher.output(), poller?.output()]) expect(text).not.toContain('s3cret');
  });
});
