import { feedStream } from '@wirelog/events';
import { expect, it } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { sendRss, sendStatus, type FeedSite, type RouteHandler } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite, type Harness, type HarnessOptions, type OpenHarness } from './testing/pipeline-harness.fixture';

const INTERVAL = 60_000;
const items = (site: FeedSite) => [
  { title: 'One', link: `${site.url}/story/1`, guid: 'g-1' },
  { title: 'Two', link: `${site.url}/story/2`, guid: 'g-2' },
];

async function setUp(open: OpenHarness, options: HarnessOptions = {}): Promise<{ h: Harness; site: FeedSite }> {
  const { h, site } = await openWithSite(open, options);
  await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`, { intervalMs: INTERVAL })]);
  return { h, site };
}

async function feedRow(h: Harness) {
  await h.project();
  const [row] = await h.rows<{ status: string; consecutive_failures: number; last_error: string | null; article_count: number }>(
    'SELECT status, consecutive_failures, last_error, article_count FROM feeds WHERE feed_id = $1',
    ['news'],
  );
  return row;
}

async function lastOutcome(h: Harness) {
  const stream = await h.deps.store.readStream(feedStream('news'));
  return stream.at(-1);
}

describeEachRuntime('pollFeed', (open) => {
  it('stores the validators, then polls conditionally and records not-modified without new articles', async () => {
    const { h, site } = await setUp(open);
    const validators = { etag: '"v1"', 'last-modified': 'Wed, 21 Oct 2026 07:28:00 GMT' };
    const feed = sendRss(items(site), validators);
    site.route('/feed.xml', (req, res) => (req.headers['if-none-match'] === '"v1"' ? sendStatus(304, validators)(req, res) : feed(req, res)));

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
    const first = await lastOutcome(h);
    expect(first).toMatchObject({ type: 'FeedPolled', data: { notModified: false, etag: '"v1"', lastModified: validators['last-modified'], itemCount: 2, newArticleCount: 2 } });
    expect(site.requestsTo('/feed.xml')[0]?.headers['if-none-match']).toBeUndefined();

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('not-modified');
    const [, second] = site.requestsTo('/feed.xml');
    expect(second?.headers['if-none-match']).toBe('"v1"');
    expect(second?.headers['if-modified-since']).toBe(validators['last-modified']);
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPolled', data: { notModified: true, etag: '"v1"', newArticleCount: 0 } });

    // the not-modified poll keeps the validators for the one after it
    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('not-modified');
    expect(site.requestsTo('/feed.xml')[2]?.headers['if-none-match']).toBe('"v1"');
    expect(await h.events('ArticleDiscovered')).toHaveLength(2);
    expect(await feedRow(h)).toMatchObject({ status: 'active', consecutive_failures: 0, article_count: 2 });
  });

  it('backs off a failing feed, skips polls until the backoff has passed, and recovers', async () => {
    const { h, site } = await setUp(open, { fakeClock: true });
    let healthy = false;
    const feed = sendRss(items(site));
    site.route('/feed.xml', (req, res) => (healthy ? feed(req, res) : sendStatus(500)(req, res)));
    const tick = async () => {
      h.clock.advance(INTERVAL);
      return pollFeed(h.deps, { feedId: 'news' });
    };

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('failed');
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPollFailed', data: { consecutiveFailures: 1, httpStatus: 500, retryable: true, gone: false } });
    expect(await feedRow(h)).toMatchObject({ status: 'failing', consecutive_failures: 1, last_error: expect.stringContaining('HTTP 500') });

    expect(await tick()).toBe('failed'); // 1 interval after failure 1: its backoff (1 interval) has passed
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPollFailed', data: { consecutiveFailures: 2 } });
    expect(await tick()).toBe('skipped'); // failure 2 backs off 2 intervals
    expect(await tick()).toBe('failed');
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPollFailed', data: { consecutiveFailures: 3 } });
    expect(site.requestsTo('/feed.xml')).toHaveLength(3);
    expect(await feedRow(h)).toMatchObject({ status: 'failing', consecutive_failures: 3 });

    healthy = true;
    expect(await tick()).toBe('skipped'); // failure 3 backs off 4 intervals
    expect(await tick()).toBe('skipped');
    expect(await tick()).toBe('skipped');
    expect(site.requestsTo('/feed.xml')).toHaveLength(3);
    expect(await tick()).toBe('polled');
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPolled', data: { newArticleCount: 2 } });
    expect(await feedRow(h)).toMatchObject({ status: 'active', consecutive_failures: 0, last_error: null, article_count: 2 });
    expect(await h.events('FeedRemoved', 'FeedChanged')).toHaveLength(0);
  });

  it('honours Retry-After on 429', async () => {
    const { h, site } = await setUp(open, { fakeClock: true });
    let limited = true;
    const feed = sendRss(items(site));
    site.route('/feed.xml', (req, res) => (limited ? sendStatus(429, { 'retry-after': '120' })(req, res) : feed(req, res)));

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('failed');
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPollFailed', data: { httpStatus: 429, retryAfterMs: 120_000, consecutiveFailures: 1 } });
    limited = false;
    h.clock.advance(60_000); // past the interval's backoff, not past Retry-After
    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('skipped');
    expect(site.requestsTo('/feed.xml')).toHaveLength(1);
    h.clock.advance(70_000);
    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
    expect(site.requestsTo('/feed.xml')).toHaveLength(2);
  });

  it('stops polling a 410 Gone feed until the feed is edited', async () => {
    const { h, site } = await setUp(open, { fakeClock: true });
    site.route('/feed.xml', sendStatus(410));
    site.route('/moved.xml', sendRss(items(site)));

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('failed');
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPollFailed', data: { gone: true, httpStatus: 410, retryable: false } });
    expect(await feedRow(h)).toMatchObject({ status: 'gone' });
    for (const days of [1, 30]) {
      h.clock.advance(days * 24 * 60 * 60 * 1000);
      expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('skipped');
    }
    expect(site.requestsTo('/feed.xml')).toHaveLength(1);

    const edit = await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/moved.xml`, { intervalMs: INTERVAL })]);
    expect(edit.changed).toEqual(['news']);
    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
    expect(site.requestsTo('/moved.xml')).toHaveLength(1);
    expect(await feedRow(h)).toMatchObject({ status: 'active', consecutive_failures: 0, article_count: 2 });
  });

  it('records a redirect loop as a failed poll with its reason', async () => {
    const { h, site } = await setUp(open);
    const redirect = (to: string): RouteHandler => (_req, res) => void res.writeHead(302, { location: to }).end();
    site.route('/feed.xml', redirect('/a'));
    site.route('/a', redirect('/b'));
    site.route('/b', redirect('/a'));

    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('failed');
    expect(await lastOutcome(h)).toMatchObject({ type: 'FeedPollFailed', data: { retryable: false, reason: expect.stringContaining('redirect loop') } });
    expect(site.requests.length).toBeLessThanOrEqual(6);
  });
});
