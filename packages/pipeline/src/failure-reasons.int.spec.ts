import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleStream, feedStream } from '@wirelog/events';
import { articleIdFor } from '@wirelog/feeds';
import { expect, it, onTestFinished } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { sendRss, sendStatus } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openFeedsFile, openWithSite } from './testing/pipeline-harness.fixture';

function feedsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-reasons-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'feeds'));
  return dir;
}

describeEachRuntime('failure reasons and stored URLs', (open) => {
  it('a missing local file: feed fails at once, not retryable, named relative to the feeds folder', async () => {
    const { h } = await openWithSite(open);
    const dir = feedsFolder();
    h.deps.fileRoot = dir;
    await reconcileFeedEvents(h.deps, [feedConfig('missing', pathToFileURL(path.join(dir, 'feeds/missing.xml')).href)]);

    expect(await pollFeed(h.deps, { feedId: 'missing' })).toBe('failed');
    const [failure] = (await h.deps.store.readStream(feedStream('missing'))).filter((e) => e.type === 'FeedPollFailed');
    expect(failure?.data).toMatchObject({ reason: 'file:feeds/missing.xml: no such file', retryable: false });
    expect(JSON.stringify(failure?.data)).not.toContain(dir);
  });

  it('a file: feed outside the feeds folder is refused without naming the folder', async () => {
    const { h } = await openWithSite(open);
    const dir = feedsFolder();
    writeFileSync(path.join(dir, 'feeds', 'ok.xml'), '<rss/>');
    h.deps.fileRoot = path.join(dir, 'feeds');
    await reconcileFeedEvents(h.deps, [feedConfig('outside', pathToFileURL(path.join(dir, 'secret.xml')).href)]);
    writeFileSync(path.join(dir, 'secret.xml'), '<rss/>');

    expect(await pollFeed(h.deps, { feedId: 'outside' })).toBe('failed');
    const [failure] = (await h.deps.store.readStream(feedStream('outside'))).filter((e) => e.type === 'FeedPollFailed');
    expect(failure?.data).toMatchObject({ reason: 'file:../secret.xml: refused, file is outside the feeds folder', retryable: false });
  });

  it('user:pw@ is fetched with, but kept out of failure reasons and stripped from stored article URLs', async () => {
    const { h, site } = await openWithSite(open);
    const withCredentials = (url: string) => url.replace('http://', 'http://reader:s3cret@');
    site.route('/broken.xml', sendStatus(500));
    site.route('/feed.xml', (req, res) => {
      sendRss([
        { title: 'Absolute', link: withCredentials(`${site.url}/story/1`) },
        { title: 'Relative', link: '/story/2' },
      ])(req, res);
    });
    const feeds = await (await openFeedsFile(h)).write(
      `defaults:\n  allowPrivate: true\n  hostInterval: 0s\n  fetchArticles: false\nfeeds:\n` +
        `  - id: broken\n    url: ${withCredentials(`${site.url}/broken.xml`)}\n  - id: secret\n    url: ${withCredentials(`${site.url}/feed.xml`)}\n`,
    );
    await reconcileFeedEvents(h.deps, feeds);

    expect(await pollFeed(h.deps, { feedId: 'broken' })).toBe('failed');
    const [failure] = (await h.deps.store.readStream(feedStream('broken'))).filter((e) => e.type === 'FeedPollFailed');
    expect(failure?.data).toMatchObject({ httpStatus: 500, reason: `HTTP 500 from ${site.url}/broken.xml` });

    expect(await pollFeed(h.deps, { feedId: 'secret' })).toBe('polled');
    expect(site.requestsTo('/feed.xml')[0]?.headers.authorization).toBe(`Basic ${Buffer.from('reader:s3cret').toString('base64')}`);
    for (const n of [1, 2]) {
      const [discovered] = await h.deps.store.readStream(articleStream(articleIdFor(`${site.url}/story/${n}`)));
      expect(discovered?.data).toMatchObject({ url: `${site.url}/story/${n}` });
    }
  });
});
