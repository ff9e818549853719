/**
 * End to end (SPEC §10: ≥ 100 articles/s from first poll to projected
 * entities, p95 < 1 s): WIRELOG_BENCH_E2E_ARTICLES local articles (default
 * 2,000; ~1,000-word pages with entities, 20 to a feed, served by the bench
 * on 127.0.0.1) through the whole pipeline, in embedded mode (`wirelog
 * start`, PGlite and the in-process queue) and in services mode (one `wirelog
 * worker` process per role on a private PostgreSQL and Redis, as `npm run
 * bench roles` starts them), one after the other in the same run.
 *
 * The instance starts with no feeds; a client of its change feed
 * (`/api/changes`, which sends an article's `entities` change only once it is
 * in every read table) connects; then the bench writes every feed into the
 * feeds file. Times, all on this process's clock: the first request for a
 * feed (its first poll), for a page (its fetch), and the arrival of the
 * article's `entities` change (queryable). The event's recorded time splits
 * fetch → queryable into its stages. Per-host politeness is off (`hostInterval:
 * 0s`): every page is on one local host, which in the wild would be thousands.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { articleIdFor } from '@wirelog/feeds';
import { connectSse } from '@wirelog/testing';
import { startRoleStack } from './support/role-stack';
import { serveNewsSite, type NewsSite } from './support/news-site';
import { startWirelog } from './support/watched-process';

const PER_FEED = 20;
const FEEDS = Math.ceil(Number(process.env.WIRELOG_BENCH_E2E_ARTICLES ?? 2_000) / PER_FEED);
const ARTICLES = FEEDS * PER_FEED;
const FETCHERS = Number(process.env.WIRELOG_BENCH_E2E_FETCHERS ?? 1);
const MODES = (process.env.WIRELOG_BENCH_E2E_MODES ?? 'embedded,services').split(',');
const TIMEOUT_MS = 3_600_000;

interface Instance {
  apiUrl: string;
  feedsPath: string;
  /** Each wirelog process: peak RSS (MB) and CPU time used so far (s). */
  processes(): { name: string; peakMb: number; cpuSeconds: number }[];
  stop(): Promise<void>;
}

async function embedded(): Promise<Instance> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-bench-e2e-'));
  const feedsPath = path.join(dir, 'feeds.yaml');
  writeFileSync(feedsPath, 'feeds: []\n');
  const app = startWirelog(['start'], { WIRELOG_DATA_DIR: path.join(dir, 'data'), WIRELOG_FEEDS: feedsPath, PORT: '0' });
  try {
    const [, port] = await app.waitFor(/API: http:\/\/localhost:(\d+)\//, 120_000);
    return {
      apiUrl: `http://127.0.0.1:${port}`,
      feedsPath,
      processes: () => [{ name: 'wirelog start', peakMb: app.peakMb(), cpuSeconds: app.cpuSeconds() }],
      stop: async () => (await app.stop(), rmSync(dir, { recursive: true, force: true })),
    };
  } catch (error) {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function services(): Promise<Instance> {
  const stack = await startRoleStack('feeds: []\n', { fetchers: FETCHERS, api: true });
  return {
    apiUrl: `http://127.0.0.1:${stack.roles.find((r) => r.name === 'api')!.port}`,
    feedsPath: stack.feedsPath,
    processes: () => stack.roles.map((r) => ({ name: r.name, peakMb: r.process.peakMb(), cpuSeconds: r.process.cpuSeconds() })),
    stop: () => stack.close(),
  };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const s = (ms: number) => (ms / 1000).toFixed(2);
const spread = (xs: number[]) => `p50 ${s(quantile(xs, 0.5))}  p95 ${s(quantile(xs, 0.95))}  max ${s(Math.max(...xs))}`;

async function measure(mode: string, start: () => Promise<Instance>): Promise<void> {
  const site = await serveNewsSite({ feeds: FEEDS, perFeed: PER_FEED });
  const urls = site.articleUrls;
  const instance = await start();
  try {
    const changes = connectSse(`${instance.apiUrl}/api/changes?after=0&types=entities`);
    await changes.ready;
    const cpuBefore = new Map(instance.processes().map((p) => [p.name, p.cpuSeconds]));
    writeFileSync(instance.feedsPath, site.feedsYaml);
    const queryable = new Map<string, { at: number; extractedAt: number; entities: number }>();
    const deadline = performance.now() + TIMEOUT_MS;
    let read = 0;
    while (queryable.size < urls.length) {
      if (performance.now() > deadline) throw new Error(`${mode}: ${queryable.size} of ${urls.length} articles queryable after ${TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (; read < changes.messages.length; read++) {
        const m = changes.messages[read]!;
        const id = m.data.articleId as string;
        if (!queryable.has(id)) {
          queryable.set(id, { at: performance.timeOrigin + m.receivedAt, extractedAt: Date.parse(m.data.at as string), entities: (m.data.entities as unknown[]).length });
        }
      }
    }
    changes.close();
    const processes = instance.processes().map((p) => `${p.name} ${p.peakMb.toFixed(0)} MB, ${((1000 * (p.cpuSeconds - cpuBefore.get(p.name)!)) / urls.length).toFixed(1)} ms`);
    report(mode, site, urls, queryable, processes.join('; '));
  } finally {
    await instance.stop();
    await site.close();
  }
}

function report(mode: string, site: NewsSite, urls: string[], queryable: Map<string, { at: number; extractedAt: number; entities: number }>, processes: string): void {
  const wall = (t: number | undefined) => performance.timeOrigin + (t ?? NaN);
  const rows = urls.map((url) => {
    const page = new URL(url).pathname;
    const feed = `/f/${page.split('/')[2]}.xml`;
    const q = queryable.get(articleIdFor(url))!;
    return { polled: wall(site.firstRequestAt.get(feed)), fetched: wall(site.firstRequestAt.get(page)), extracted: q.extractedAt, queryable: q.at, entities: q.entities };
  });
  const first = Math.min(...rows.map((r) => r.polled));
  const last = Math.max(...rows.map((r) => r.queryable));
  console.log(`${mode}: ${urls.length} articles, first poll → last article's entities queryable ${s(last - first)} s: ${(urls.length / ((last - first) / 1000)).toFixed(1)} articles/s (target ≥ 100)`);
  console.log(`  per article, s: poll → queryable ${spread(rows.map((r) => r.queryable - r.polled))}`);
  console.log(`                  fetch → queryable ${spread(rows.map((r) => r.queryable - r.fetched))} (target p95 < 1)`);
  console.log(`  stages, s: poll → page fetched ${spread(rows.map((r) => r.fetched - r.polled))}`);
  console.log(`             page fetched → entities recorded ${spread(rows.map((r) => r.extracted - r.fetched))}`);
  console.log(`             entities recorded → queryable ${spread(rows.map((r) => r.queryable - r.extracted))}`);
  console.log(`  articles with no entity: ${rows.filter((r) => r.entities === 0).length}`);
  console.log(`  wirelog processes (PostgreSQL and Redis not counted), peak RSS and CPU time per article: ${processes}`);
  console.log(`  load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

export default async function bench(): Promise<void> {
  console.log(`${ARTICLES} articles of ~1,000 words, ${PER_FEED} to a feed, one local host, hostInterval 0s; ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (MODES.includes('services')) await measure(`services (${FETCHERS} fetcher, 1 extractor, projector, api, poller; PostgreSQL + Redis)`, services);
  if (MODES.includes('embedded')) await measure('embedded (wirelog start, PGlite)', embedded);
}
