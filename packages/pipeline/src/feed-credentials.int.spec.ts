import { deterministicEventId, feedStream } from '@wirelog/events';
import { feedsProjection, rebuildProjection } from '@wirelog/projections';
import { expect, it, onTestFinished } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { startFetcher, startPoller } from './roles';
import { articlePage, sendHtml, sendRss, sendStatus, storyText, type FeedSite, type RouteHandler } from './testing/feed-server.fixture';
import { describeEachRuntime, openFeedsFile, openWithSite } from './testing/pipeline-harness.fixture';

const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

/** Answers only to `pair()` (whatever it is at the time) as Basic auth, 401 to anyone else. */
const behindBasicAuth = (pair: () => string, handler: RouteHandler): RouteHandler => (req, res) =>
  req.headers.authorization === basic(pair()) ? handler(req, res) : sendStatus(401, { 'www-authenticate': 'Basic realm="members"' })(req, res);

/** The URL of `path` on the site, with `userinfo@` if given. */
const urlOf = (site: FeedSite, path: string, userinfo?: string) => `${site.url.replace('http://', userinfo ? `http://${userinfo}@` : 'http://')}${path}`;

/** A feeds file of one feed, `members`. */
const membersFeed = (url: string) => `defaults:\n  allowPrivate: true\n  hostInterval: 0s\nfeeds:\n  - id: members\n    url: ${url}\n`;

/** The feed: one story, linked relative to the feed's URL (and so to its credentials, which the link must not keep). */
const members = sendRss([{ title: 'Story', link: '/story/1' }]);

describeEachRuntime('feed credentials', (open) => {
  it('a feed behind Basic auth is polled with the credentials of its URL in the feeds file, which are stored nowhere', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/members.xml', behindBasicAuth(() => 'reader:s3cret', members));
    site.route('/story/1', sendHtml(articlePage('Story', storyText('members'))));
    const feedsFile = await openFeedsFile(h);
    await feedsFile.write(membersFeed(urlOf(site, '/members.xml', 'reader:s3cret')));

    // the roles as `wirelog start` runs them: the poller registers the feed, the fetcher polls it and fetches its page
    startFetcher(h.deps);
    const poller = await startPoller(h.deps, { feedsPath: feedsFile.file, reconcileIntervalMs: 60_000 });
    onTestFinished(() => poller.stop());
    await expect.poll(async () => (await h.events('FeedPolled', 'FeedPollFailed')).map((e) => e.type), { timeout: 10_000 }).toEqual(['FeedPolled']);
    await expect.poll(async () => (await h.events('ArticleFetched')).length, { timeout: 10_000 }).toBe(1);
    await h.project();

    expect(site.requestsTo('/members.xml')[0]?.headers.authorization).toBe(basic('reader:s3cret'));
    const [registered] = await h.events('FeedRegistered');
    expect(registered?.data).toMatchObject({ url: `${site.url}/members.xml`, credentials: true });
    expect(await h.rows('SELECT url FROM feeds')).toEqual([{ url: `${site.url}/members.xml` }]);
    // events, read tables, the dead letter, and on Redis every queued job and schedule
    const stored = await h.stored();
    expect(stored).toContain('members.xml');
    expect(stored).not.toContain('s3cret');
    expect(stored).not.toContain(Buffer.from('reader:s3cret').toString('base64'));
  });

  it('a new password alone is no event, and the next poll sends it; dropping the credentials is a change', async () => {
    const { h, site } = await openWithSite(open);
    let password = 'first1';
    site.route('/members.xml', behindBasicAuth(() => `reader:${password}`, members));
    const feedsFile = await openFeedsFile(h);
    await reconcileFeedEvents(h.deps, await feedsFile.write(membersFeed(urlOf(site, '/members.xml', 'reader:first1'))));
    expect(await pollFeed(h.deps, { feedId: 'members' })).toBe('polled');

    // same length, same file size: the new text is what tells
    password = 'second';
    expect(await reconcileFeedEvents(h.deps, await feedsFile.write(membersFeed(urlOf(site, '/members.xml', 'reader:second'))))).toEqual({
      registered: [],
      changed: [],
      removed: [],
    });
    expect(await pollFeed(h.deps, { feedId: 'members' })).toBe('polled');
    expect(site.requestsTo('/members.xml').map((r) => r.headers.authorization)).toEqual([basic('reader:first1'), basic('reader:second')]);

    site.route('/members.xml', members);
    expect(await reconcileFeedEvents(h.deps, await feedsFile.write(membersFeed(urlOf(site, '/members.xml'))))).toMatchObject({ changed: ['members'] });
    expect(await pollFeed(h.deps, { feedId: 'members' })).toBe('polled');
    expect(site.requestsTo('/members.xml')[2]?.headers.authorization).toBeUndefined();
    expect((await h.events('FeedRegistered', 'FeedChanged')).map((e) => e.data.credentials)).toEqual([true, false]);
    expect(await h.stored()).not.toMatch(/first1|second/);
  });

  it('credentials go only to the URL they were written with: a URL the log records otherwise gets none until reconciled', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/old.xml', behindBasicAuth(() => 'reader:s3cret', members));
    site.route('/new.xml', behindBasicAuth(() => 'reader:s3cret', members));
    const feedsFile = await openFeedsFile(h);
    await reconcileFeedEvents(h.deps, await feedsFile.write(membersFeed(urlOf(site, '/old.xml', 'reader:s3cret'))));

    // the file moved the feed; this poll comes before the poller's reconciliation
    const moved = await feedsFile.write(membersFeed(urlOf(site, '/new.xml', 'reader:s3cret')));
    expect(await pollFeed(h.deps, { feedId: 'members' })).toBe('failed');
    expect(site.requests).toEqual([]);
    const [failure] = await h.events('FeedPollFailed');
    expect(failure?.data).toMatchObject({
      retryable: false,
      reason: 'no credentials for feed members: the feeds file this process reads does not give its URL a user and password',
    });

    await reconcileFeedEvents(h.deps, moved);
    expect(await pollFeed(h.deps, { feedId: 'members' })).toBe('polled');
    expect(site.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/new.xml', basic('reader:s3cret')]]);
  });

  it('an older log that recorded a feed URL with its credentials is read without them; a rebuild takes them out of the feeds table', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/members.xml', behindBasicAuth(() => 'reader:s3cret', members));
    const credentialed = urlOf(site, '/members.xml', 'reader:s3cret');
    // what an older version appended (FeedRegistered v1) and projected
    const v1 = { feedId: 'members', url: credentialed, intervalMs: 900_000, hostIntervalMs: 0, fetchArticles: true, enabled: true, allowPrivate: true, tags: [] };
    await h.rows(`INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data) VALUES ($1, 1, $2, 'FeedRegistered', 1, $3::jsonb)`, [
      feedStream('members'),
      deterministicEventId('FeedRegistered', 'members', 'none'),
      JSON.stringify(v1),
    ]);
    await h.rows(`INSERT INTO feeds (feed_id, url, status, interval_ms, last_position) VALUES ('members', $1, 'active', 900000, 1)`, [credentialed]);

    const [registered] = await h.events('FeedRegistered');
    expect(registered?.data).toEqual({ ...v1, url: `${site.url}/members.xml`, credentials: true });
    await rebuildProjection(h.deps.database, feedsProjection);
    expect(await h.rows('SELECT url FROM feeds')).toEqual([{ url: `${site.url}/members.xml` }]);

    // the same feeds file: nothing to reconcile, and the poll still authenticates
    const feedsFile = await openFeedsFile(h);
    expect(await reconcileFeedEvents(h.deps, await feedsFile.write(membersFeed(credentialed)))).toEqual({ registered: [], changed: [], removed: [] });
    expect(await pollFeed(h.deps, { feedId: 'members' })).toBe('polled');
    expect(site.requestsTo('/members.xml')[0]?.headers.authorization).toBe(basic('reader:s3cret'));
  });
});
