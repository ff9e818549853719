import { articleStream } from '@wirelog/events';
import { articleIdFor } from '@wirelog/feeds';
import { expect, it } from 'vitest';
import { fetchArticle } from './fetch-article.handler';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { sendRss, sendStatus } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite } from './testing/pipeline-harness.fixture';

const NESTED = `${'<div>'.repeat(20_000)}The feed copy says Japan will fund a sovereign AI cloud.${'</div>'.repeat(20_000)}`;

describeEachRuntime('fallback text from feed content', (open) => {
  it('feed content of 20,000 nested divs: the page 404 is recorded and the feed text stands in', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/feed.xml', sendRss([{ title: 'Deep', link: `${site.url}/story`, guid: 'deep', content: NESTED }]));
    site.route('/story', sendStatus(404));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`)]);
    expect(await pollFeed(h.deps, { feedId: 'news' })).toBe('polled');
    const articleId = articleIdFor(`${site.url}/story`);

    expect(await fetchArticle(h.deps, { articleId, url: `${site.url}/story`, feedId: 'news' }, { attempt: 1 })).toBe('from-feed');
    const events = await h.deps.store.readStream(articleStream(articleId));
    expect(events.map((e) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetchFailed', 'ArticleFetched']);
    expect(events[1]?.data).toMatchObject({ httpStatus: 404 });
    expect(events[2]?.data).toMatchObject({ source: 'feed', text: 'The feed copy says Japan will fund a sovereign AI cloud.' });
  });
});
