import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { expect, it, onTestFinished } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { startExtractor, startFetcher, startPoller } from './roles';
import { articlePage, sendHtml, sendRss, startFeedSite, storyText, type FeedSite } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig } from './testing/pipeline-harness.fixture';

function feedsYaml(feeds: { id: string; interval?: string }[]): string {
  const entries = feeds.map((f) => `  - id: ${f.id}\n    url: http://127.0.0.1:9/${f.id}.xml\n${f.interval ? `    interval: ${f.interval}\n` : ''}`);
  return `defaults:\n  interval: 1m\n  allowPrivate: true\nfeeds:\n${entries.join('')}`;
}

describeEachRuntime('startPoller', (open) => {
  it('follows edits of the feeds file and keeps the last valid configuration', async () => {
    const logs: string[] = [];
    const h = await open({ logger: pino({ level: 'error' }, { write: (line: string) => void logs.push(line) }) });
    const dir = await mkdtemp(path.join(tmpdir(), 'wirelog-poller-'));
    const file = path.join(dir, 'feeds.yaml');
    onTestFinished(async () => {
      await h.close();
      await rm(dir, { recursive: true, force: true });
    });
    const schedulers = async () => (await h.deps.queue.listSchedulers()).sort((a, b) => a.id.localeCompare(b.id));
    const settingsEvents = async () => (await h.events('FeedRegistered', 'FeedChanged', 'FeedRemoved')).map((e) => [e.type, e.data.feedId]);

    await writeFile(file, feedsYaml([{ id: 'alpha' }, { id: 'beta' }]));
    const poller = await startPoller(h.deps, { feedsPath: file, reconcileIntervalMs: 60_000 });
    onTestFinished(() => poller.stop());
    expect(await settingsEvents()).toEqual([
      ['FeedRegistered', 'alpha'],
      ['FeedRegistered', 'beta'],
    ]);
    // the reconciler schedules what the log registered
    await expect.poll(schedulers, { timeout: 10_000 }).toEqual([
      { id: 'feed-alpha', everyMs: 60_000 },
      { id: 'feed-beta', everyMs: 60_000 },
    ]);

    // an editor's save: write a new file, rename it over the old one
    await writeFile(`${file}.tmp`, feedsYaml([{ id: 'alpha', interval: '2m' }, { id: 'beta' }, { id: 'gamma' }]));
    await rename(`${file}.tmp`, file);
    const edited = [
      { id: 'feed-alpha', everyMs: 120_000 },
      { id: 'feed-beta', everyMs: 60_000 },
      { id: 'feed-gamma', everyMs: 60_000 },
    ];
    await expect.poll(schedulers, { timeout: 10_000 }).toEqual(edited);
    await expect.poll(settingsEvents).toEqual([
      ['FeedRegistered', 'alpha'],
      ['FeedRegistered', 'beta'],
      ['FeedChanged', 'alpha'],
      ['FeedRegistered', 'gamma'],
    ]);

    await writeFile(file, `${feedsYaml([{ id: 'alpha', interval: 'soon' }])}  - id: Bad Id\n`);
    await expect.poll(() => logs.some((l) => l.includes('feeds file is invalid')), { timeout: 10_000 }).toBe(true);
    expect(logs.find((l) => l.includes('feeds file is invalid'))).toMatch(/feeds\.yaml:\d+:\d+: .*soon/);
    expect(await settingsEvents()).toHaveLength(4);
    expect(await schedulers()).toEqual(edited);

    await writeFile(file, feedsYaml([{ id: 'alpha', interval: '2m' }, { id: 'gamma' }]));
    await expect.poll(schedulers, { timeout: 10_000 }).toEqual([edited[0], edited[2]]);
    await expect.poll(async () => (await settingsEvents()).at(-1)).toEqual(['FeedRemoved', 'beta']);
    await h.project();
    expect(await h.rows('SELECT feed_id, status, interval_ms FROM feeds ORDER BY feed_id')).toEqual([
      { feed_id: 'alpha', status: 'active', interval_ms: 120_000 },
      { feed_id: 'beta', status: 'removed', interval_ms: 60_000 },
      { feed_id: 'gamma', status: 'active', interval_ms: 60_000 },
    ]);
  });
});

/** A feed of `count` pages at `site`, each page with text of its own. */
function servePages(site: FeedSite, prefix: string, count: number): void {
  const pages = Array.from({ length: count }, (_, i) => `/${prefix}/${i}`);
  for (const p of pages) site.route(p, sendHtml(articlePage(p, storyText(`page ${p} of ${site.url}`))));
  site.route(`/${prefix}.xml`, sendRss(pages.map((p) => ({ title: p, link: `${site.url}${p}` }))));
}

describeEachRuntime('startFetcher', (open) => {
  it('keeps the per-host gap between page requests', async () => {
    const h = await open();
    const site = await startFeedSite();
    const warmUp = await startFeedSite('127.0.0.2');
    onTestFinished(async () => {
      await site.close();
      await warmUp.close();
      await h.close();
    });
    const gap = 150;
    servePages(warmUp, 'warm', 2);
    servePages(site, 'p', 6);
    await reconcileFeedEvents(h.deps, [
      feedConfig('warm', `${warmUp.url}/warm.xml`, { hostIntervalMs: 0 }),
      feedConfig('news', `${site.url}/p.xml`, { hostIntervalMs: gap }),
    ]);
    startFetcher(h.deps);
    startExtractor(h.deps);
    // a first pass loads and compiles the fetch path, so one-off start-up pauses of this
    // process (which also runs the site) do not skew the arrival times measured below
    await pollFeed(h.deps, { feedId: 'warm' });
    await h.drain();

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
    await h.drain();

    const fetched = await h.events('ArticleFetched');
    expect(fetched.map((e) => e.data.source)).toEqual(Array(8).fill('page'));
    const arrivals = site.requests.filter((r) => r.path.startsWith('/p/')).map((r) => r.at);
    expect(arrivals).toHaveLength(6);
    const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i]!);
    // a lower bound on spacing; the tolerance covers the jitter between a granted turn and the request's arrival on a busy machine
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(gap - 50);
  });
});
