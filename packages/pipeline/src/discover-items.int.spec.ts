import { articleStream } from '@wirelog/events';
import { articleIdFor } from '@wirelog/feeds';
import { expect, it } from 'vitest';
import { fetchArticle } from './fetch-article.handler';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { articlePage, sendHtml, sendRss, storyText, type RssItem } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite } from './testing/pipeline-harness.fixture';

describeEachRuntime('article identity', (open) => {
  it('gives one article to one URL across feeds, tracking parameters and GUID changes', async () => {
    const { h, site } = await openWithSite(open);
    let alphaItems: RssItem[] = [{ title: 'Story', link: `${site.url}/story/1?utm_source=alpha&utm_medium=rss`, guid: 'alpha-1' }];
    site.route('/alpha.xml', (req, res) => sendRss(alphaItems)(req, res));
    site.route('/beta.xml', sendRss([{ title: 'Same story', link: `${site.url}/story/1?fbclid=xyz`, guid: 'beta-77' }]));
    await reconcileFeedEvents(h.deps, [feedConfig('alpha', `${site.url}/alpha.xml`), feedConfig('beta', `${site.url}/beta.xml`)]);

    await pollFeed(h.deps, { feedId: 'alpha' });
    await pollFeed(h.deps, { feedId: 'beta' });
    alphaItems = [{ ...alphaItems[0]!, guid: 'alpha-1-renumbered' }];
    await pollFeed(h.deps, { feedId: 'alpha' });

    const articleId = articleIdFor(`${site.url}/story/1`);
    const discovered = await h.events('ArticleDiscovered');
    expect(discovered.map((e) => e.streamId)).toEqual([articleStream(articleId)]);
    expect(discovered[0]?.data).toMatchObject({ feedId: 'alpha', url: `${site.url}/story/1`, guid: 'alpha-1' });
    const polls = (await h.events('FeedPolled')).map((e) => e.data);
    expect(polls.map((p) => [p.feedId, p.itemCount, p.newArticleCount])).toEqual([
      ['alpha', 1, 1],
      ['beta', 1, 0],
      ['alpha', 1, 0],
    ]);
    await h.project();
    expect(await h.rows('SELECT article_id, feed_id, url FROM articles')).toEqual([{ article_id: articleId, feed_id: 'alpha', url: `${site.url}/story/1` }]);
  });

  it('detects a duplicate text even when both pages are fetched at the same time', async () => {
    const { h, site } = await openWithSite(open);
    const same = articlePage('Copy', storyText('concurrent copy'));
    const paths = ['/a', '/b', '/c', '/d'];
    for (const path of paths) site.route(path, sendHtml(same));
    site.route('/feed.xml', sendRss(paths.map((p) => ({ title: p, link: `${site.url}${p}` }))));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`)]);
    await pollFeed(h.deps, { feedId: 'news' });

    const outcomes = await Promise.all(
      paths.map((p) => fetchArticle(h.deps, { articleId: articleIdFor(`${site.url}${p}`), url: `${site.url}${p}`, feedId: 'news' }, { attempt: 1 })),
    );
    expect(outcomes.filter((o) => o === 'fetched')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(3);
    expect(await h.events('ArticleFetched')).toHaveLength(1);
    expect(await h.events('ArticleDuplicateDetected')).toHaveLength(3);
  });
});
