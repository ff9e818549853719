import { EXTRACTOR_VERSION } from '@wirelog/extraction';
import { expect, it, onTestFinished } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { reextract } from './reextract';
import { startExtractor, startFetcher } from './roles';
import { articlePage, sendHtml, sendRss, startFeedSite, storyText } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, type Harness } from './testing/pipeline-harness.fixture';

async function readModel(h: Harness) {
  await h.project();
  return {
    articles: await h.rows('SELECT article_id, status, extractor_version, word_count FROM articles ORDER BY article_id'),
    entities: await h.rows('SELECT article_id, entity_id, mentions, source, status FROM article_entities ORDER BY article_id, entity_id'),
  };
}

describeEachRuntime('reextract', (open) => {
  it('appends nothing for the same extractor version and text, and leaves the projections as they were', async () => {
    const h = await open();
    const site = await startFeedSite();
    onTestFinished(async () => {
      await site.close();
      await h.close();
    });
    for (const p of ['/a', '/b']) site.route(p, sendHtml(articlePage(p, storyText(`reextract ${p}`))));
    site.route('/feed.xml', sendRss([{ title: 'A', link: `${site.url}/a` }, { title: 'B', link: `${site.url}/b` }]));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`)]);
    startFetcher(h.deps);
    startExtractor(h.deps);
    await pollFeed(h.deps, { feedId: 'news' });
    await h.deps.queue.whenIdle(['fetch-article', 'extract-article'], { timeoutMs: 20_000 });

    expect(await h.events('EntitiesExtracted')).toHaveLength(2);
    const before = await readModel(h);
    expect(before.articles).toEqual([expect.objectContaining({ status: 'extracted', extractor_version: EXTRACTOR_VERSION }), expect.objectContaining({ status: 'extracted' })]);
    expect(before.entities).toContainEqual(expect.objectContaining({ entity_id: 'country:IN', source: 'extractor', status: 'active' }));
    const eventCount = (await h.events()).length;

    expect(await reextract(h.deps, { all: true })).toEqual({ articles: 2, extracted: 0, unchanged: 2 });
    expect(await reextract(h.deps, { all: true })).toEqual({ articles: 2, extracted: 0, unchanged: 2 });
    expect(await h.events()).toHaveLength(eventCount);
    expect(await readModel(h)).toEqual(before);

    expect(await reextract(h.deps, { articleId: 'no-such-article' })).toEqual({ articles: 1, extracted: 0, unchanged: 1 });
    expect(await h.events()).toHaveLength(eventCount);
  });
});
