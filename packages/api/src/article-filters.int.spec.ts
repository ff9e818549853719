import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@wirelog/db';
import { deterministicEventId } from '@wirelog/events';
import { EventStore } from '@wirelog/event-store';
import { projections, startProjections } from '@wirelog/projections';
import { describeEachDatabase, indexesOf, planOf, recordingDatabase, sequentialScans, type PlanNode, type TestDatabase } from '@wirelog/testing';
import { openApiFixture, type ApiFixture } from './api.fixture';
import { listArticles, type ArticleFilter } from './list-articles.query';

describeEachDatabase('API article filters', (open) => {
  let fx: ApiFixture;
  const get = async (query: string) => {
    const res = await fx.app.request(`/api/articles?${query}`);
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const ids = async (query: string) => {
    const { status, body } = await get(query);
    expect(status, `${query}: ${JSON.stringify(body)}`).toBe(200);
    return body.articles.map((a: { id: string }) => a.id[0]);
  };
  beforeAll(async () => {
    fx = await openApiFixture(open);
  });
  afterAll(() => fx.db.close());

  it('reads a repeated entity parameter as OR, different parameters as AND', async () => {
    expect(await ids('country=KR&country=US')).toEqual(['d', 'c']);
    expect(await ids('country=US&country=IN&org=nvidia')).toEqual(['b']);
    expect(await ids('org=nvidia&org=meta-platforms&hardware=hbm4&hardware=nvidia-h100')).toEqual(['d', 'b']);
    expect(await ids('country=IN&country=in')).toEqual(['b', 'a']);
  });

  it('resolves a filter given by name through the entity catalogue, case-insensitively', async () => {
    expect(await ids('hardware=HBM4')).toEqual(['d']);
    expect(await ids('hardware=NVIDIA%20H100')).toEqual(['b']);
    expect(await ids('org=NVIDIA')).toEqual(['b']);
    expect(await ids('org=Meta')).toEqual(['d']); // the name of org:meta-platforms, not the key meta
    expect(await ids('country=India')).toEqual(['b', 'a']);
    expect(await ids('country=south%20KOREA&country=United%20States')).toEqual(['d', 'c']);
  });

  it('answers an empty list for a well-formed key no article mentions yet', async () => {
    expect(await ids('country=FR')).toEqual([]);
    expect(await ids('org=openai')).toEqual([]);
  });

  it('answers 400 for a value that is neither a key nor a known name, naming each', async () => {
    const { status, body } = await get('country=Atlantis&org=Acme%20Corp&country=IN');
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/country: "Atlantis" is not an ISO 3166-1 alpha-2 code or a country name known here/);
    expect(body.error.message).toMatch(/org: "Acme Corp" is not an organisation key/);
  });

  it.each([
    ['country[]=US', 'country[]=US', /"country\[\]": the name\[\] form is not supported; repeat the parameter/],
    ['org[0]=nvidia', 'org[0]=nvidia', /"org\[0\]": the name\[\] form is not supported/],
    ['limit=1&limit=2', 'limit=1&limit=2', /limit: given 2 times; it takes one value/],
    ['q=india&q=korea', 'q=india&q=korea', /q: given 2 times/],
    ['since twice', 'since=2026-01-01&since=2026-02-01', /since: given 2 times/],
    ['until twice', 'until=2026-01-01&until=2026-02-01', /until: given 2 times/],
    ['cursor twice', 'cursor=a&cursor=b', /cursor: given 2 times/],
    ['country 21 times', Array.from({ length: 21 }, () => 'country=IN').join('&'), /country: at most 20 values/],
  ])('refuses %s with 400 instead of reading one value', async (_name, query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });
});

/** The plan of the list query `listArticles` sends for `filter`, after its own settings, with sequential scans priced out. */
async function listPlan(database: Database, filter: ArticleFilter): Promise<PlanNode[]> {
  const recorded = recordingDatabase(database);
  await listArticles(recorded.database, filter);
  const list = recorded.sent.pop()!;
  return planOf(database, list, recorded.sent);
}

describeEachDatabase('API article list plans', (open) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
    // enough rows that the plan shows which index serves each filter: 3 countries, 5 common orgs, 1 rare org, 3 chips in a quarter of the articles
    await db.database.query(
      `INSERT INTO articles (article_id, feed_id, url, title, text, discovered_at, status, sort_at, last_position)
       SELECT lpad(to_hex(i), 24, '0'), 'f', 'https://news.example/' || i, 'Title ' || i, 'Story number ' || i || ' about data centres',
              now(), 'extracted', timestamptz '2026-01-01' + i * interval '1 minute', i
       FROM generate_series(1, 4000) AS i`,
    );
    await db.database.query(
      `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
       SELECT lpad(to_hex(i), 24, '0'), e.kind || ':' || e.key, e.kind, e.key, e.key, 1, 'extractor', 'active', now()
       FROM generate_series(1, 4000) AS i,
            LATERAL (VALUES ('country', (ARRAY['IN', 'US', 'KR'])[1 + i % 3]), ('org', 'org-' || (i % 5)), ('hardware', CASE WHEN i % 4 = 0 THEN 'chip-' || (i % 3) END)) AS e(kind, key)
       WHERE e.key IS NOT NULL
       UNION ALL
       SELECT lpad(to_hex(i), 24, '0'), 'org:rare', 'org', 'rare', 'Rare', 1, 'extractor', 'active', now() FROM unnest(ARRAY[7, 1500, 3999]) AS i`,
    );
    await db.database.query('ANALYZE articles');
    await db.database.query('ANALYZE article_entities');
  });
  afterAll(() => db.close());

  const cursor = { sortKey: '2026-01-02T00:00:00.000000Z', articleId: '000000000000000000000fff' };
  // a common entity walks the newest-first index and probes each article's entities; a rare one starts from its articles
  const probe = 'article_entities_article_id_entity_id_pk';
  const filters: [string, Partial<ArticleFilter>, string[]][] = [
    ['no filter', {}, ['articles_sort_idx']],
    ['a common country', { entityIds: [['country:IN']] }, ['articles_sort_idx', probe]],
    ['a rare organisation', { entityIds: [['org:rare']] }, ['article_entities_entity_idx']],
    ['two countries (OR) and an org (AND)', { entityIds: [['country:IN', 'country:US'], ['org:org-3']] }, ['articles_sort_idx', probe]],
    ['a hardware', { entityIds: [['hardware:chip-1']] }, ['articles_sort_idx', probe]],
    ['a country and a hardware (AND)', { entityIds: [['country:IN'], ['hardware:chip-2']] }, ['article_entities_entity_idx', probe]],
    ['q and a country', { q: 'number 77', entityIds: [['country:US']] }, ['articles_search_idx']],
    ['q', { q: 'number 77' }, ['articles_search_idx']],
    ['since and until', { since: new Date('2026-01-02'), until: new Date('2026-01-03') }, ['articles_sort_idx']],
    ['cursor', { cursor }, ['articles_sort_idx']],
    ['every filter at once', { entityIds: [['country:KR'], ['org:org-1']], q: 'story', since: new Date('2026-01-01'), cursor }, ['article_entities_entity_idx']],
  ];

  it.each(filters)('serves the article list filtered by %s from indexes, never a sequential scan', async (_name, filter, indexes) => {
    const nodes = await listPlan(db.database, { entityIds: [], limit: 50, ...filter });
    expect(sequentialScans(nodes)).toEqual([]);
    expect(indexesOf(nodes)).toEqual(expect.arrayContaining(indexes));
  });
});

describeEachDatabase('API search of long articles', (open) => {
  let db: TestDatabase;
  afterAll(() => db.close());

  it('projects an article of 1.3 MB of distinct words and finds it by the words of its first 100,000 characters', async () => {
    db = await open();
    const store = new EventStore(db.database);
    // 80,000 distinct 16-letter words: a tsvector of all of them is over PostgreSQL's 1 MB limit, which would fail the projection's insert
    const words = Array.from({ length: 80_000 }, (_, i) => `word${i.toString(36).padStart(4, '0')}lexemes`);
    const text = words.join(' ');
    const id = 'ffffffffffffffffffffffff';
    const at = '2026-03-05T09:00:00.000Z';
    await store.append(`article-${id}`, [
      { type: 'ArticleDiscovered', eventId: deterministicEventId(id, 'd'), data: { articleId: id, feedId: 'f', url: 'https://news.example/long', discoveredAt: at } },
      { type: 'ArticleFetched', eventId: deterministicEventId(id, 'f'), data: { articleId: id, url: 'https://news.example/long', title: 'Long', text, textHash: id, wordCount: words.length, source: 'page', fetchedAt: at } },
    ]);
    const runner = await startProjections(store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
    const stored = await db.database.query<{ n: number; status: string }>('SELECT length(text) AS n, status FROM articles WHERE article_id = $1', [id]);
    expect(stored.rows).toEqual([{ n: text.length, status: 'fetched' }]);
    const found = async (word: string) => (await listArticles(db.database, { entityIds: [], q: word, limit: 5 })).map((r) => r.article_id);
    expect(await found(words[10]!)).toEqual([id]);
    expect(await found(words[79_999]!)).toEqual([]); // past the indexed prefix
  });
});
