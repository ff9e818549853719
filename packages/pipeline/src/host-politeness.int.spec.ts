import { expect, it, onTestFinished } from 'vitest';
import { reconcileFeedEvents } from './reconcile-feeds';
import { startReconciler } from './reconciler/reconciler';
import { startExtractor, startFetcher } from './roles';
import { articlePage, sendHtml, sendRss, startFeedSite, storyText, type FeedSite } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite } from './testing/pipeline-harness.fixture';

function serveFeed(site: FeedSite, prefix: string, count: number): void {
  const pages = Array.from({ length: count }, (_, i) => `/${prefix}/${i}`);
  for (const p of pages) site.route(p, sendHtml(articlePage(p, storyText(`${prefix} ${p}`))));
  site.route(`/${prefix}.xml`, sendRss(pages.map((p) => ({ title: p, link: `${site.url}${p}` }))));
}

describeEachRuntime('host politeness', (open) => {
  it('a host answering 429 with a huge Retry-After holds no worker: a benign host is served meanwhile, the hostile one retried after the cap', async () => {
    const { h, site: benign } = await openWithSite(open);
    const hostile = await startFeedSite('127.0.0.2');
    onTestFinished(() => hostile.close());
    serveFeed(benign, 'ok', 20);
    let limited = true;
    const pages = Array.from({ length: 20 }, (_, i) => `/bad/${i}`);
    for (const p of pages) {
      const page = sendHtml(articlePage(p, storyText(`hostile ${p}`)));
      hostile.route(p, (req, res) => (limited ? void res.writeHead(429, { 'retry-after': '2000000' }).end() : page(req, res)));
    }
    hostile.route('/bad.xml', sendRss(pages.map((p) => ({ title: p, link: `${hostile.url}${p}` }))));
    h.deps.politeness = { maxRetryAfterMs: 1_500 };

    startFetcher(h.deps);
    startExtractor(h.deps);
    const reconciler = await startReconciler(h.deps, { sweepIntervalMs: 60_000 });
    onTestFinished(() => reconciler.stop());
    // the hostile feed first, so its pages are queued ahead of the benign ones
    await reconcileFeedEvents(h.deps, [
      feedConfig('bad', `${hostile.url}/bad.xml`, { hostIntervalMs: 500, intervalMs: 3_600_000 }),
      feedConfig('ok', `${benign.url}/ok.xml`, { hostIntervalMs: 0, intervalMs: 3_600_000 }),
    ]);
    const fetchedFrom = async (url: string) =>
      (await h.events('ArticleFetched')).filter((e) => e.data.url.startsWith(url) && e.data.source === 'page').length;

    const hostileHits = () => hostile.requests.filter((r) => r.path.startsWith('/bad/')).length;
    await expect.poll(hostileHits, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    // the benign host is served in full while the hostile one still answers 429
    await expect.poll(() => fetchedFrom(benign.url), { timeout: 20_000 }).toBe(20);
    limited = false;
    // while it answered 429, the hostile host saw about one request per capped Retry-After (and whatever
    // was already granted before the first 429 came back), not one per page per retry
    const whileLimited = hostile.requests.filter((r) => r.path.startsWith('/bad/')).map((r) => r.at);
    expect(whileLimited.length).toBeGreaterThanOrEqual(1);
    expect(whileLimited.length).toBeLessThanOrEqual(Math.floor((performance.now() - whileLimited[0]!) / 1_500) + 3);

    await expect.poll(() => fetchedFrom(hostile.url), { timeout: 20_000 }).toBe(20);
    // deferrals spent no attempts: nothing failed, nothing fell back to the feed's text
    expect(await h.events('ArticleFetchFailed')).toHaveLength(0);
  });
});
