import { articleStream, feedStream } from '@wirelog/events';
import { articleIdFor } from '@wirelog/feeds';
import { expect, it } from 'vitest';
import { fetchArticle } from './fetch-article.handler';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { articlePage, storyText, type RouteHandler } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite } from './testing/pipeline-harness.fixture';

const send = (type: string, body: string | Buffer): RouteHandler => (_req, res) => void res.writeHead(200, { 'content-type': type }).end(body);

describeEachRuntime('NUL bytes and lone surrogates', (open) => {
  it('a JSON feed item with \\u0000 and \\ud800 is discovered with U+FFFD, and so is the good item beside it', async () => {
    const { h, site } = await openWithSite(open);
    const feed = `{"version":"https://jsonfeed.org/version/1.1","title":"T\\u0000","items":[
      {"id":"1","url":"${site.url}/bad","title":"Bad \\u0000 title \\ud800","content_html":"<p>x\\u0000\\udc00</p>"},
      {"id":"2","url":"${site.url}/good","title":"Good"}]}`;
    site.route('/feed.json', send('application/feed+json', feed));
    await reconcileFeedEvents(h.deps, [feedConfig('json', `${site.url}/feed.json`, { fetchArticles: false })]);

    expect(await pollFeed(h.deps, { feedId: 'json' })).toBe('polled');
    expect((await h.deps.store.readStream(feedStream('json'))).at(-1)).toMatchObject({ type: 'FeedPolled', data: { itemCount: 2, newArticleCount: 2 } });
    const [bad] = await h.deps.store.readStream(articleStream(articleIdFor(`${site.url}/bad`)));
    expect(bad?.data).toMatchObject({ title: 'Bad \uFFFD title \uFFFD', contentHtml: '<p>x\uFFFD\uFFFD</p>' });
    expect(await h.deps.store.readStream(articleStream(articleIdFor(`${site.url}/good`)))).toHaveLength(1);
  });

  it('a page with raw 0x00 bytes in its text is fetched, with U+FFFD in their place', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/feed.json', send('application/feed+json', `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","url":"${site.url}/nul"}]}`));
    const [first, ...rest] = storyText('nul');
    const page = Buffer.from(articlePage('Nul page', [`${first} Zero\u0000byte here.`, ...rest]), 'utf8');
    site.route('/nul', send('text/html; charset=utf-8', page));
    await reconcileFeedEvents(h.deps, [feedConfig('json', `${site.url}/feed.json`)]);
    expect(await pollFeed(h.deps, { feedId: 'json' })).toBe('polled');

    const articleId = articleIdFor(`${site.url}/nul`);
    expect(await fetchArticle(h.deps, { articleId, url: `${site.url}/nul`, feedId: 'json' }, { attempt: 1 })).toBe('fetched');
    const fetched = (await h.deps.store.readStream(articleStream(articleId))).find((e) => e.type === 'ArticleFetched');
    expect(fetched?.data).toMatchObject({ source: 'page', text: expect.stringContaining('Zero\uFFFDbyte here.') });
  });
});
