import { articleStream } from '@wirelog/events';
import { articleIdFor } from '@wirelog/feeds';
import { jobCatalog } from '@wirelog/queue';
import { expect, it, onTestFinished } from 'vitest';
import { fetchArticle } from './fetch-article.handler';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { articlePage, sendHtml, sendRss, startFeedSite, storyText, type FeedSite, type RouteHandler } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite, type Harness, type HarnessOptions, type OpenHarness } from './testing/pipeline-harness.fixture';

const FEED_CONTENT = '<p>The feed itself says Japan will fund a sovereign AI cloud with ¥100 billion.</p><p>Second paragraph of the feed copy.</p>';
const LAST_ATTEMPT = jobCatalog['fetch-article'].options.attempts;

async function setUp(open: OpenHarness, options: HarnessOptions = {}): Promise<{ h: Harness; site: FeedSite }> {
  const { h, site } = await openWithSite(open, options);
  return { h, site };
}

/** Registers and polls one feed whose single item is `/story` with content of its own. */
async function discoverStory(h: Harness, site: FeedSite, settings: { allowPrivate?: boolean } = {}) {
  site.route('/feed.xml', sendRss([{ title: 'Story', link: `${site.url}/story`, guid: 's-1', content: FEED_CONTENT }]));
  await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`, settings)]);
  expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
  const articleId = articleIdFor(`${site.url}/story`);
  return { articleId, url: `${site.url}/story`, feedId: 'news' };
}

async function articleEvents(h: Harness, articleId: string) {
  return (await h.deps.store.readStream(articleStream(articleId))).map((e) => ({ type: e.type, data: e.data as Record<string, unknown> }));
}

async function articleRow(h: Harness, articleId: string) {
  await h.project();
  const [row] = await h.rows('SELECT status, text_source, last_error, duplicate_of FROM articles WHERE article_id = $1', [articleId]);
  return row;
}

describeEachRuntime('fetchArticle', (open) => {
  it('refuses a feed on a loopback address unless the feed allows private addresses', async () => {
    const { h, site } = await setUp(open);
    site.route('/feed.xml', sendRss([{ title: 'x', link: `${site.url}/x` }]));
    const port = new URL(site.url).port;
    await reconcileFeedEvents(h.deps, [
      feedConfig('literal', `${site.url}/feed.xml`, { allowPrivate: false }),
      feedConfig('named', `http://localhost:${port}/feed.xml`, { allowPrivate: false }),
    ]);
    expect(await pollFeed(h.deps, { feedId: 'literal' })).toBe('failed');
    expect(await pollFeed(h.deps, { feedId: 'named' })).toBe('failed');
    const failures = await h.events('FeedPollFailed');
    expect(failures.map((e) => e.data)).toEqual([
      expect.objectContaining({ feedId: 'literal', retryable: false, reason: expect.stringMatching(/refused.*127\.0\.0\.1/) }),
      expect.objectContaining({ feedId: 'named', retryable: false, reason: expect.stringMatching(/refused.*(127\.0\.0\.1|::1)/) }),
    ]);
    expect(site.requests).toHaveLength(0);
    expect(await h.events('ArticleDiscovered')).toHaveLength(0);
  });

  it('refuses a page that redirects to a private address, and keeps the feed content', async () => {
    // 127.0.0.1 plays the public internet; 127.0.0.2 is an internal service the page points at
    const { h, site } = await setUp(open, { fetchOptions: { addressPolicy: (address) => address === '127.0.0.1' } });
    const internal = await startFeedSite('127.0.0.2');
    onTestFinished(() => internal.close());
    internal.route('/admin', sendHtml(articlePage('secret', storyText('internal'))));
    site.route('/story', (_req, res) => void res.writeHead(302, { location: `${internal.url}/admin` }).end());
    const job = await discoverStory(h, site, { allowPrivate: false });

    expect(await fetchArticle(h.deps, job, { attempt: 1 })).toBe('from-feed');
    expect(internal.requests).toHaveLength(0);
    const events = await articleEvents(h, job.articleId);
    expect(events.map((e) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetchFailed', 'ArticleFetched']);
    expect(events[1]?.data.reason).toMatch(/refused.*127\.0\.0\.2/);
    expect(events[2]?.data).toMatchObject({ source: 'feed', text: expect.stringContaining('sovereign AI cloud') });
    expect(await articleRow(h, job.articleId)).toMatchObject({ status: 'fetched', text_source: 'feed', last_error: expect.stringContaining('127.0.0.2') });
  });

  it.each([
    ['declares a Content-Length over the cap', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>'.repeat(4000))],
    ['streams past the cap without a length', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 40; i++) res.write('<p>chunk of a very long page</p>'.repeat(40));
      res.end();
    }],
  ] satisfies [string, RouteHandler][])('falls back to the feed content when a page %s', async (_name, page) => {
    const { h, site } = await setUp(open, { fetchOptions: { maxBytes: 8192 } });
    site.route('/story', page);
    const job = await discoverStory(h, site);

    expect(await fetchArticle(h.deps, job, { attempt: 1 })).toBe('from-feed');
    const events = await articleEvents(h, job.articleId);
    expect(events.map((e) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetchFailed', 'ArticleFetched']);
    expect(events[1]?.data.reason).toContain('exceeds 8192 bytes');
    expect(events[2]?.data).toMatchObject({ source: 'feed', text: expect.stringContaining('¥100 billion') });
  });

  it('holds back the whole host when a page answers 429 with Retry-After, and defers the job without spending an attempt', async () => {
    const { h, site } = await setUp(open);
    site.route('/story', (_req, res) => void res.writeHead(429, { 'retry-after': '90' }).end());
    const job = await discoverStory(h, site);
    const host = new URL(site.url).host;

    await expect(fetchArticle(h.deps, job, { attempt: 1 })).rejects.toMatchObject({ name: 'JobDeferredError', delayMs: 90_000 });
    // every request to the host now waits, the article's own retry included, and nothing was recorded
    expect(await h.deps.hostLimiter.claim(host, 'other-job', 0)).toBeGreaterThan(89_000);
    await expect(fetchArticle(h.deps, job, { attempt: 1 })).rejects.toMatchObject({ name: 'JobDeferredError', delayMs: expect.any(Number) });
    expect(site.requestsTo('/story')).toHaveLength(1);
    expect((await articleEvents(h, job.articleId)).map((e) => e.type)).toEqual(['ArticleDiscovered']);
  });

  it('caps a huge Retry-After at the configured maximum', async () => {
    const { h, site } = await setUp(open);
    h.deps.politeness = { maxRetryAfterMs: 5_000 };
    site.route('/story', (_req, res) => void res.writeHead(429, { 'retry-after': '2000000' }).end());
    const job = await discoverStory(h, site);

    await expect(fetchArticle(h.deps, job, { attempt: 1 })).rejects.toMatchObject({ name: 'JobDeferredError', delayMs: 5_000 });
    const wait = await h.deps.hostLimiter.claim(new URL(site.url).host, 'other-job', 0);
    expect(wait).toBeGreaterThan(4_000);
    expect(wait).toBeLessThanOrEqual(5_000);
  });

  it('retries a stalling page, and on the last attempt records the timeout and uses the feed content', async () => {
    const { h, site } = await setUp(open, { fetchOptions: { timeoutMs: 300 } });
    site.route('/story', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).write('<html><body><p>Half a page'));
    const job = await discoverStory(h, site);

    await expect(fetchArticle(h.deps, job, { attempt: 1 })).rejects.toMatchObject({ name: 'FetchTimeoutError', retryable: true });
    expect((await articleEvents(h, job.articleId)).map((e) => e.type)).toEqual(['ArticleDiscovered']);

    expect(await fetchArticle(h.deps, job, { attempt: LAST_ATTEMPT })).toBe('from-feed');
    const events = await articleEvents(h, job.articleId);
    expect(events.map((e) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetchFailed', 'ArticleFetched']);
    expect(events[1]?.data.reason).toContain('no complete response within 300 ms');
    expect(events[2]?.data).toMatchObject({ source: 'feed' });
    // a re-run of the finished job appends nothing
    expect(await fetchArticle(h.deps, job, { attempt: LAST_ATTEMPT })).toBe('already-done');
    expect(await articleEvents(h, job.articleId)).toHaveLength(3);
  });

  it('marks a second URL with the same page text as a duplicate of the first', async () => {
    const { h, site } = await setUp(open);
    const same = articlePage('Mirror', storyText('mirrored'));
    site.route('/story/2', sendHtml(same));
    site.route('/mirror/2', sendHtml(same));
    site.route('/feed.xml', sendRss([
      { title: 'Original', link: `${site.url}/story/2`, guid: 'o' },
      { title: 'Mirror', link: `${site.url}/mirror/2`, guid: 'm' },
    ]));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`)]);
    await pollFeed(h.deps, { feedId: 'news' });
    const original = articleIdFor(`${site.url}/story/2`);
    const mirror = articleIdFor(`${site.url}/mirror/2`);

    expect(await fetchArticle(h.deps, { articleId: original, url: `${site.url}/story/2`, feedId: 'news' }, { attempt: 1 })).toBe('fetched');
    expect(await fetchArticle(h.deps, { articleId: mirror, url: `${site.url}/mirror/2`, feedId: 'news' }, { attempt: 1 })).toBe('duplicate');
    const events = await articleEvents(h, mirror);
    expect(events.map((e) => e.type)).toEqual(['ArticleDiscovered', 'ArticleDuplicateDetected']);
    expect(events[1]?.data).toMatchObject({ duplicateOf: original });
    expect(await articleRow(h, mirror)).toMatchObject({ status: 'duplicate', duplicate_of: original });
    expect(await articleRow(h, original)).toMatchObject({ status: 'fetched', text_source: 'page' });
    expect((await h.events('ArticleFetched')).map((e) => e.data.articleId)).toEqual([original]);
  });

  it('records why an item has no text when its feed fetches no pages and the item has no content', async () => {
    const { h, site } = await setUp(open);
    site.route('/feed.xml', sendRss([{ title: 'Bare', link: `${site.url}/bare`, guid: 'b-1' }]));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`, { fetchArticles: false })]);
    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
    const job = { articleId: articleIdFor(`${site.url}/bare`), url: `${site.url}/bare`, feedId: 'news' };

    expect(await fetchArticle(h.deps, job, { attempt: 1 })).toBe('failed');
    const events = await articleEvents(h, job.articleId);
    expect(events.map((e) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetchFailed']);
    expect(events[1]?.data.reason).toMatch(/fetchArticles: false.*no content/);
    expect(site.requestsTo('/bare')).toHaveLength(0);
    // settled: nothing is owed for it any more
    expect(await articleRow(h, job.articleId)).toMatchObject({ status: 'failed' });
  });
});
