import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { startFetcher, startPoller } from './roles';
import { articlePage, sendHtml, sendRss, sendStatus, storyText, type RouteHandler } from './testing/feed-server.fixture';
import { describeEachRuntime, openWithSite } from './testing/pipeline-harness.fixture';

const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

/** The feed answers only to `user:password` as Basic auth, 401 to anyone else. */
const behindBasicAuth = (pair: string, handler: RouteHandler): RouteHandler => (req, res) =>
  req.headers.authorization === basic(pair) ? handler(req, res) : sendStatus(401, { 'www-authenticate': 'Basic realm="members"' })(req, res);

async function feedsFile(yaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wirelog-credentials-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'feeds.yaml');
  await writeFile(file, yaml);
  return file;
}

const membersFeed = (feedUrl: string) => `defaults:\n  allowPrivate: true\nfeeds:\n  - id: members\n    url: ${feedUrl}\n`;

describeEachRuntime('feed credentials', (open) => {
  it('a feed behind Basic auth is polled with the credentials of its URL in the feeds file, which are stored nowhere', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/members.xml', behindBasicAuth('reader:s3cret', sendRss([{ title: 'Story', link: `${site.url}/story/1` }])));
    site.route('/story/1', sendHtml(articlePage('Story', storyText('members'))));
    const file = await feedsFile(membersFeed(`${site.url.replace('http://', 'http://reader:s3cret@')}/members.xml`));

    startFetcher(h.deps);
    const poller = await startPoller(h.deps, { feedsPath: file, reconcileIntervalMs: 60_000 });
    onTestFinished(() => poller.stop());
    await expect.poll(async () => (await h.events('FeedPolled', 'FeedPollFailed')).map((e) => e.type), { timeout: 10_000 }).toEqual(['FeedPolled']);
    await expect.poll(async () => (await h.events('ArticleFetched')).length, { timeout: 10_000 }).toBe(1);
    await h.project();

    expect(site.requestsTo('/members.xml')[0]?.headers.authorization).toBe(basic('reader:s3cret'));
    const [registered] = await h.events('FeedRegistered');
    expect(registered?.data).toMatchObject({ url: `${site.url}/members.xml` });
    expect(await h.rows('SELECT url FROM feeds')).toEqual([{ url: `${site.url}/members.xml` }]);
    // events, read tables, the dead letter, and on Redis every queued job and schedule
    const stored = await h.stored();
    expect(stored).toContain('members.xml');
    expect(stored).not.toContain('s3cret');
    expect(stored).not.toContain(Buffer.from('reader:s3cret').toString('base64'));
  });
});
