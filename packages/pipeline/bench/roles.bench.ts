/**
 * Every role as its own process, in services mode on a private PostgreSQL and
 * Redis (needs the PostgreSQL binaries and redis-server):
 *
 * 1. memory: each role's peak RSS while ingesting the whole feed corpus
 *    (target < 300 MB), then its RSS over a soak of re-polling every feed
 *    (WIRELOG_BENCH_SOAK minutes, default 10): flat means no growth.
 * 2. scaling: feeds polled per minute and articles per second with 1, 2 and 4
 *    fetchers against WIRELOG_BENCH_FEEDS local feeds (default 5,000) of two
 *    articles each, served by a local server.
 */
import { corpusFeeds, corpusDir } from '@wirelog/testing';
import { existsSync } from 'node:fs';
import { serveCorpus } from '../src/testing/corpus-server.fixture';
import { startRoleStack, settle } from './support/role-stack';
import { serveRss, rssOf } from './support/rss-feed-site';

const SOAK_MINUTES = Number(process.env.WIRELOG_BENCH_SOAK ?? 10);
const SCALING_FEEDS = Number(process.env.WIRELOG_BENCH_FEEDS ?? 5_000);
const OWED = `SELECT count(*) FROM articles WHERE status IN ('discovered', 'fetched')`;

async function corpusMemory(): Promise<void> {
  if (!existsSync(corpusDir)) return void console.log('memory per role: skipped (no ../shared/corpus)');
  const feeds = corpusFeeds();
  const server = await serveCorpus(feeds.map((f) => f.path));
  // the corpus's items link to the internet: the feeds' own content stands in for pages
  const yaml = `defaults:\n  interval: 1m\n  hostInterval: 0s\n  allowPrivate: true\n  fetchArticles: false\nfeeds:\n${feeds.map((f, i) => `  - id: c${i}\n    url: ${server.urlOf(f.path)}\n`).join('')}`;
  const stack = await startRoleStack(yaml, { fetchers: 1, api: true });
  try {
    const seconds = await settle(async () => (await stack.count(`SELECT count(DISTINCT stream_id) FROM events WHERE type IN ('FeedPolled', 'FeedPollFailed')`)) >= feeds.length && (await stack.count(OWED)) === 0, 1_800_000);
    const articles = await stack.count('SELECT count(*) FROM articles');
    console.log(`memory per role: ${feeds.length} corpus feeds, ${articles} articles ingested in ${seconds.toFixed(0)} s; then every feed re-polled each minute for ${SOAK_MINUTES} min`);
    const atIngest = new Map(stack.roles.map((r) => [r.name, { peak: r.process.peakMb(), rss: r.process.rssMb() }]));
    // RSS each second of the soak, for each role's peak in its first and in its last minute
    const samples = new Map(stack.roles.map((r) => [r.name, [] as { at: number; mb: number }[]]));
    const soakStart = performance.now();
    const end = soakStart + SOAK_MINUTES * 60_000;
    while (performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const r of stack.roles) samples.get(r.name)!.push({ at: performance.now() - soakStart, mb: r.process.rssMb() });
    }
    const polls = await stack.count(`SELECT count(*) FROM events WHERE type IN ('FeedPolled', 'FeedPollFailed')`);
    console.log(`  ${polls} polls in all; RSS in MB (target < 300 per role); soak peaks of its first and last minute`);
    console.log('  role          peak(ingest)  rss(after ingest)  soak: min    max  1st-min peak  last-min peak  end    (peak over all)');
    const peakOf = (s: { mb: number }[]) => Math.max(...s.map((x) => x.mb)).toFixed(0);
    for (const r of stack.roles) {
      const s = samples.get(r.name)!;
      const mbs = s.map((x) => x.mb);
      const lastMinute = s.filter((x) => x.at >= SOAK_MINUTES * 60_000 - 60_000);
      console.log(
        `  ${r.name.padEnd(12)}  ${atIngest.get(r.name)!.peak.toFixed(0).padStart(12)}  ${atIngest.get(r.name)!.rss.toFixed(0).padStart(17)}  ${Math.min(...mbs).toFixed(0).padStart(9)}  ${Math.max(...mbs).toFixed(0).padStart(5)}  ${peakOf(s.filter((x) => x.at < 60_000)).padStart(12)}  ${peakOf(lastMinute).padStart(13)}  ${(mbs[mbs.length - 1] ?? 0).toFixed(0).padStart(3)}    (${r.process.peakMb().toFixed(0)})`,
      );
    }
  } finally {
    await stack.close();
    await server.close();
  }
}

/** Feeds of two articles each at `/f/<n>.xml`; every page names a country, a sum, a chip and a company. */
function newsSite() {
  return serveRss((p, base) => {
    const feed = /^\/f\/(\d+)\.xml$/.exec(p);
    if (feed) return rssOf([0, 1].map((i) => ({ link: `${base}/p/${feed[1]}/${i}` })));
    const page = /^\/p\/(\d+)\/(\d+)$/.exec(p);
    if (!page) return undefined;
    return `<html><body><article><h1>Desk ${page[1]} story ${page[2]}</h1><p>India will spend $${page[1]} million on NVIDIA H100 accelerators for a research cloud, officials said of plan ${page[1]}-${page[2]}.</p><p>The first site of plan ${page[1]}-${page[2]} opens next year in Uttar Pradesh, with Reliance Industries as the operator.</p></article></body></html>`;
  });
}
async function scaling(): Promise<void> {
  const site = await newsSite();
  const yaml = `defaults:\n  interval: 1h\n  hostInterval: 0s\n  allowPrivate: true\nfeeds:\n${Array.from({ length: SCALING_FEEDS }, (_, i) => `  - id: f${i}\n    url: ${site.url}/f/${i}.xml\n`).join('')}`;
  console.log(`scaling: ${SCALING_FEEDS} local feeds, ${2 * SCALING_FEEDS} articles (pages fetched, entities extracted), 1 extractor`);
  console.log('  fetchers   feeds polled/min   articles/s (first poll → all extracted)');
  try {
    for (const fetchers of [1, 2, 4]) {
      const stack = await startRoleStack(yaml, { fetchers });
      try {
        const started = performance.now();
        const polled = await settle(async () => (await stack.count(`SELECT count(*) FROM events WHERE type = 'FeedPolled'`)) >= SCALING_FEEDS, 3_600_000);
        await settle(async () => (await stack.count(`SELECT count(*) FROM events WHERE type = 'EntitiesExtracted'`)) >= 2 * SCALING_FEEDS, 3_600_000);
        const extracted = (performance.now() - started) / 1000;
        console.log(`  ${String(fetchers).padStart(8)}   ${((SCALING_FEEDS / polled) * 60).toFixed(0).padStart(16)}   ${((2 * SCALING_FEEDS) / extracted).toFixed(1).padStart(10)}`);
      } finally {
        await stack.close();
      }
    }
  } finally {
    await site.close();
  }
}

export default async function bench(): Promise<void> {
  await corpusMemory();
  await scaling();
}
