/**
 * Memory of whole processes, as `ps` would show them (SPEC §10, issue targets):
 * `wirelog ingest --once` of a 100,000-item feed (services mode; needs
 * DATABASE_URL and REDIS_URL) under 300 MB, and an embedded `wirelog start`'s
 * first ingest of the sample feed under 400 MB. Peak RSS is the kernel's
 * high-water mark of the process.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshPostgresDatabase, freshRedisPrefix, postgresUrl, redisUrl } from '@wirelog/testing';
import { rssOf, serveRss } from './support/rss-feed-site';
import { startWirelog } from './support/watched-process';

const ITEMS = Number(process.env.WIRELOG_BENCH_FEED_ITEMS ?? 100_000);

async function bigFeedIngest(): Promise<string> {
  if (!postgresUrl || !redisUrl) return `ingest --once, ${ITEMS} items: skipped (needs DATABASE_URL and REDIS_URL)`;
  // ~55 bytes an item, as in the report this target comes from (5.5 MB for 100,000 items); no page fetches
  const feed = rssOf(Array.from({ length: ITEMS }, (_, i) => ({ link: `http://127.0.0.1:9/s/${i}` })));
  const site = await serveRss((p) => (p === '/feed.xml' ? feed : undefined));
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-bench-'));
  const db = await freshPostgresDatabase('bench_memory');
  const redis = freshRedisPrefix('bench-memory');
  try {
    writeFileSync(path.join(dir, 'feeds.yaml'), `feeds:\n  - id: big\n    url: ${site.url}/feed.xml\n    allowPrivate: true\n    fetchArticles: false\n`);
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, WIRELOG_QUEUE_PREFIX: redis.prefix, WIRELOG_FEEDS: path.join(dir, 'feeds.yaml'), LOG_LEVEL: 'warn' };
    if ((await startWirelog(['migrate'], env).exited) !== 0) throw new Error('migrate failed');
    const started = performance.now();
    const ingest = startWirelog(['ingest', '--once'], env);
    const summary = await ingest.waitFor(/events appended: \d+ in [\d.]+s/, 3_600_000);
    const code = await ingest.exited;
    const seconds = (performance.now() - started) / 1000;
    return `ingest --once, ${ITEMS} items (${(feed.length / 1e6).toFixed(1)} MB feed): peak RSS ${ingest.peakMb().toFixed(0)} MB (target < 300), ${seconds.toFixed(0)} s, exit ${code}; ${summary[0]}`;
  } finally {
    await site.close();
    await db.drop();
    await redis.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function embeddedFirstStart(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-bench-'));
  cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
  const app = startWirelog(['start'], { WIRELOG_DATA_DIR: path.join(dir, 'data'), WIRELOG_FEEDS: path.join(dir, 'seeds/feeds.yaml'), PORT: '0' });
  try {
    const started = performance.now();
    const [, port] = await app.waitFor(/API: http:\/\/localhost:(\d+)\//);
    for (;;) {
      const list = (await (await fetch(`http://127.0.0.1:${port}/api/articles`)).json()) as { articles: { status: string }[] };
      if (list.articles.filter((a) => a.status === 'extracted').length >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const seconds = (performance.now() - started) / 1000;
    return `embedded first start (wirelog start, sample feed, empty data folder): peak RSS ${app.peakMb().toFixed(0)} MB (target < 400), both articles extracted ${seconds.toFixed(1)} s after launch`;
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  console.log(await embeddedFirstStart());
  console.log(await bigFeedIngest());
}
