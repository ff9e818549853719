import { EXTRACTOR_VERSION, extract } from '@wirelog/extraction';
import { articleStream, deterministicEventId } from '@wirelog/events';
import { expect, it } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { reextract } from './reextract';
import { startExtractor, startFetcher } from './roles';
import { articlePage, sendHtml, sendRss, storyText } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite, type Harness } from './testing/pipeline-harness.fixture';

async function readModel(h: Harness) {
  await h.project();
  return {
    articles: await h.rows('SELECT article_id, status, extractor_version, word_count FROM articles ORDER BY article_id'),
    entities: await h.rows('SELECT article_id, entity_id, mentions, source, status FROM article_entities ORDER BY article_id, entity_id'),
  };
}

describeEachRuntime('reextract', (open) => {
  it('appends nothing for the same extractor version and text, and leaves the projections as they were', async () => {
    const { h, site } = await openWithSite(open);
    for (const p of ['/a', '/b']) site.route(p, sendHtml(articlePage(p, storyText(`reextract ${p}`))));
    site.route('/feed.xml', sendRss([{ title: 'A', link: `${site.url}/a` }, { title: 'B', link: `${site.url}/b` }]));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`)]);
    startFetcher(h.deps);
    startExtractor(h.deps);
    await pollFeed(h.deps, { feedId: 'news' });
    await h.drain();

    expect(await h.events('EntitiesExtracted')).toHaveLength(2);
    const before = await readModel(h);
    expect(before.articles).toEqual([expect.objectContaining({ status: 'extracted', extractor_version: EXTRACTOR_VERSION }), expect.objectContaining({ status: 'extracted' })]);
    expect(before.entities).toContainEqual(expect.objectContaining({ entity_id: 'country:IN', source: 'extractor', status: 'active' }));
    const eventCount = (await h.events()).length;

    expect(await reextract(h.deps, { all: true })).toEqual({ articles: 2, extracted: 0, unchanged: 2 });
    expect(await reextract(h.deps, { all: true })).toEqual({ articles: 2, extracted: 0, unchanged: 2 });
    expect(await h.events()).toHaveLength(eventCount);
    expect(await readModel(h)).toEqual(before);

    await expect(reextract(h.deps, { articleId: 'no-such-article' })).rejects.toThrow('article no-such-article not found');
    expect(await h.events()).toHaveLength(eventCount);
  });

  it('records a new extraction per article for a new extractor version, without refetching, and keeps reviewer corrections', async () => {
    const { h, site } = await openWithSite(open);
    site.route('/a', sendHtml(articlePage('/a', storyText('new version'))));
    site.route('/feed.xml', sendRss([{ title: 'A', link: `${site.url}/a` }]));
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/feed.xml`)]);
    startFetcher(h.deps);
    startExtractor(h.deps);
    await pollFeed(h.deps, { feedId: 'news' });
    await h.drain();
    await h.project();

    // a reviewer rejects the article's India mention
    const [india] = await h.rows<{ article_id: string; mention_id: string; start: number; end: number }>(
      `SELECT article_id, mention_id, start, "end" FROM article_mentions WHERE kind = 'country' AND key = 'IN' ORDER BY start LIMIT 1`,
    );
    expect(india).toBeDefined();
    await h.deps.store.append(articleStream(india!.article_id), [
      {
        type: 'EntityRejected',
        eventId: deterministicEventId('review', india!.mention_id),
        metadata: { actor: 'reviewer-1' },
        data: { articleId: india!.article_id, mentionId: india!.mention_id, kind: 'country', key: 'IN', start: india!.start, end: india!.end, reason: 'test' },
      },
    ]);
    const rejected = async () =>
      h.rows<{ status: string }>(`SELECT status FROM article_mentions WHERE article_id = $1 AND kind = 'country' AND key = 'IN' AND start = $2`, [
        india!.article_id,
        india!.start,
      ]);
    await h.project();
    expect(await rejected()).toEqual([{ status: 'rejected' }]);

    const pageHits = site.requestsTo('/a').length;
    h.deps.extractor = {
      version: 'test-extractor/2',
      extract: (text, options) => {
        const result = extract(text, options);
        return { version: 'test-extractor/2', mentions: result.mentions.map((m) => ({ ...m, id: `${m.id}-v2` })) };
      },
    };
    expect(await reextract(h.deps, { all: true })).toEqual({ articles: 1, extracted: 1, unchanged: 0 });
    expect(site.requestsTo('/a')).toHaveLength(pageHits); // stored text, no refetch
    expect((await h.events('EntitiesExtracted')).map((e) => e.data.extractorVersion)).toEqual([EXTRACTOR_VERSION, 'test-extractor/2']);
    expect(await h.events('ArticleFetched')).toHaveLength(1);
    await h.project();
    expect(await h.rows('SELECT extractor_version FROM articles')).toEqual([{ extractor_version: 'test-extractor/2' }]);
    expect(await rejected()).toEqual([{ status: 'rejected' }]); // the correction survives re-extraction
  });
});
