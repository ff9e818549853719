import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, planOf, recordingDatabase, sequentialScans, indexesOf, type SentQuery, type TestDatabase } from '@wirelog/testing';
import { createAccess } from './access/access';
import { ARTICLE, openApiFixture, silentLogger, type ApiFixture } from './api.fixture';
import { createApp } from './app';

describeEachDatabase('API country profile', (open) => {
  let fx: ApiFixture;
  const get = async (path: string) => {
    const res = await fx.app.request(path);
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  beforeAll(async () => {
    fx = await openApiFixture(open);
  });
  afterAll(() => fx.db.close());

  it('answers who builds what in a country, for how much, and its latest articles', async () => {
    const { status, body } = await get('/api/countries/IN');
    expect(status).toBe(200);
    const instant = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect({ ...body, latestArticles: undefined }).toEqual({
      country: 'IN',
      name: 'India',
      articleCount: 2,
      firstSeenAt: instant,
      lastSeenAt: instant,
      // article a's "sovereign cloud" was rejected by a reviewer: not an organisation named with India
      topOrgs: [{ key: 'nvidia', name: 'NVIDIA', articles: 1 }],
      topHardware: [{ key: 'nvidia-h100', name: 'NVIDIA H100', articles: 1 }],
      moneyArticleCount: 1,
      moneyUsdLargest: 2e9,
      moneyUsdSumOfArticleLargest: 2e9,
      moneyUsdSumOfMentions: 2e9,
      capacityMwLargest: null,
      moneyByArticle: [
        {
          articleId: ARTICLE.b,
          title: 'Title b',
          publishedAt: '2026-03-02T09:00:00.000Z',
          mentionId: 'money-USD:2000000000-33',
          text: '$2 billion',
          currency: 'USD',
          amount: 2e9,
          usd: 2e9,
        },
      ],
      latestArticles: undefined,
    });
    expect(body.firstSeenAt <= body.lastSeenAt).toBe(true);
    // the first page of /api/articles?country=IN, items and all
    expect(body.latestArticles).toEqual((await get('/api/articles?country=IN&limit=10')).body.articles);
    expect(body.latestArticles.map((a: { id: string }) => a.id)).toEqual([ARTICLE.b, ARTICLE.a]);
  });

  it('takes the code in any case and answers with it in upper case', async () => {
    expect(await get('/api/countries/in')).toEqual(await get('/api/countries/IN'));
    expect((await get('/api/countries/kR')).body).toMatchObject({ country: 'KR', name: 'South Korea', articleCount: 1, moneyUsdLargest: null, moneyByArticle: [] });
  });

  it('answers 404 for a country no article mentions, 400 for a code that is not ISO 3166-1 alpha-2', async () => {
    expect(await get('/api/countries/fr')).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'no article mentions country FR' } } });
    expect(await get('/api/countries/ZZ')).toEqual({
      status: 400,
      body: { error: { code: 'bad_country_code', message: '"ZZ" is not an ISO 3166-1 alpha-2 country code (IN, us: any case)' } },
    });
  });

  it('counts as /api/stats/countries and the entity catalogue do', async () => {
    const stats = (await get('/api/stats/countries')).body.countries as { country: string; articles: number; moneyUsd: number }[];
    const catalogue = (await get('/api/entities?kind=country')).body.entities as { key: string; articleCount: number }[];
    expect(stats.map((s) => s.country)).toEqual(catalogue.map((e) => e.key));
    for (const s of stats) {
      const profile = (await get(`/api/countries/${s.country}`)).body;
      expect([profile.articleCount, profile.moneyUsdSumOfMentions, profile.moneyUsdLargest]).toEqual([s.articles, s.moneyUsd, (s as Record<string, unknown>).moneyUsdLargest]);
      expect(profile.articleCount).toBe(catalogue.find((e) => e.key === s.country)!.articleCount);
    }
  });
});

describeEachDatabase('API country profile plans', (open) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
    // 4,000 articles: every one names a country of three, a third of them an amount linked to it
    await db.database.query(
      `INSERT INTO articles (article_id, feed_id, url, title, discovered_at, status, sort_at, last_position)
       SELECT lpad(to_hex(i), 24, '0'), 'f', 'https://news.example/' || i, 'Title ' || i, now(), 'extracted', timestamptz '2026-01-01' + i * interval '1 minute', i
       FROM generate_series(1, 4000) AS i`,
    );
    await db.database.query(
      `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
       SELECT lpad(to_hex(i), 24, '0'), 'country:' || c, 'country', c, c, 1, 'extractor', 'active', now()
       FROM generate_series(1, 4000) AS i, LATERAL (SELECT (ARRAY['IN', 'US', 'KR'])[1 + i % 3] AS c) AS k`,
    );
    await db.database.query(
      `INSERT INTO money_mentions (article_id, mention_id, text, currency, amount, amount_usd, country, status)
       SELECT lpad(to_hex(i), 24, '0'), 'm', '$' || i, 'USD', i * 1000, i * 1000, (ARRAY['IN', 'US', 'KR'])[1 + i % 3], 'active' FROM generate_series(1, 4000) AS i WHERE i % 3 = 0`,
    );
    await db.database.query(
      `INSERT INTO country_articles (country, article_id, seen_at, money_usd_largest, money_mention_id, money_usd_sum, co_entity_ids)
       SELECT c, lpad(to_hex(i), 24, '0'), now(), CASE WHEN i % 3 = 0 THEN i * 1000 END, CASE WHEN i % 3 = 0 THEN 'm' END, 0, '{}'
       FROM generate_series(1, 4000) AS i, LATERAL (SELECT (ARRAY['IN', 'US', 'KR'])[1 + i % 3] AS c) AS k`,
    );
    await db.database.query(
      `INSERT INTO country_profiles (country, name, article_count, first_seen_at, last_seen_at, top_orgs, top_hardware, money_article_count, money_usd_sum_of_article_largest, money_usd_sum_of_mentions)
       SELECT c, c, 1333, now(), now(), '[]', '[]', 444, 0, 0 FROM unnest(ARRAY['IN', 'US', 'KR']) AS c`,
    );
    for (const table of ['articles', 'article_entities', 'money_mentions', 'country_articles', 'country_profiles']) await db.database.query(`ANALYZE ${table}`);
  });
  afterAll(() => db.close());

  it('serves every query of GET /api/countries/:code from indexes, never a sequential scan', async () => {
    const recorded = recordingDatabase(db.database);
    const deps = { database: recorded.database, store: undefined as never, access: createAccess({ tokensFile: '/nonexistent/tokens.json', reads: 'open', logger: silentLogger }), logger: silentLogger };
    const res = await createApp(deps).request('/api/countries/US');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { latestArticles: unknown[] }).latestArticles).toHaveLength(10);
    const used = new Set<string>();
    let settings: SentQuery[] = [];
    for (const query of recorded.sent) {
      // the article list's planner settings (set_config) hold for the query after them
      if (query.text.includes('set_config(')) {
        settings.push(query);
        continue;
      }
      const nodes = await planOf(db.database, query, settings);
      settings = [];
      expect(sequentialScans(nodes), query.text).toEqual([]);
      for (const name of indexesOf(nodes)) used.add(name);
    }
    expect([...used]).toEqual(
      expect.arrayContaining(['country_profiles_pkey', 'country_articles_money_idx', 'money_mentions_article_id_mention_id_pk', 'articles_sort_idx', 'article_entities_article_id_entity_id_pk']),
    );
  });
});
