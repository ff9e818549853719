import { afterAll, beforeAll, expect, it } from 'vitest';
import { observeProjections } from '@wirelog/projections';
import { describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, openApiFixture, type ApiFixture } from './api.fixture';

describeEachDatabase('HTTP API', (open) => {
  let fx: ApiFixture;
  const get = async (path: string) => {
    const res = await fx.app.request(path);
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const ids = async (query: string) => (await get(`/api/articles?${query}`)).body.articles.map((a: { id: string }) => a.id[0]);
  beforeAll(async () => {
    fx = await openApiFixture(open);
  });
  afterAll(() => fx.db.close());

  it('lists articles newest first with their entities, filtered by country, hardware, org, text and dates', async () => {
    const all = await get('/api/articles');
    expect(all.status).toBe(200);
    expect(all.body.articles.map((a: { id: string }) => a.id[0])).toEqual(['d', 'c', 'b', 'a']);
    expect(all.body.articles[2].entities.map((e: { entityId: string }) => e.entityId).sort()).toEqual([
      'country:IN',
      'hardware:nvidia-h100',
      'money:USD:2000000000',
      'org:nvidia',
    ]);
    expect(await ids('country=in')).toEqual(['b', 'a']);
    expect(await ids('hardware=nvidia-h100')).toEqual(['b']);
    expect(await ids('org=nvidia')).toEqual(['b']);
    expect(await ids('q=korea')).toEqual(['c']);
    expect(await ids('since=2026-03-02&until=2026-03-03')).toEqual(['b']);
    expect(await ids('since=2026-03-02T10:00:00%2B01:00&until=2026-03-02T09:00:00.001Z')).toEqual(['b']);
  });

  it('searches for articles with every word of q in their title or text', async () => {
    expect(await ids('q=INDIA')).toEqual(['b', 'a']);
    expect(await ids('q=india%20nvidia')).toEqual(['b']);
    expect(await ids('q=centres%20data')).toEqual(['c']);
    expect(await ids('q=title%20d')).toEqual(['d']);
    expect(await ids('q=ind')).toEqual([]); // words, not substrings
    expect(await ids('q=%22%22%20-%20%26%20!')).toEqual([]); // no words at all: nothing, not an error
  });

  it('pages with a keyset cursor without overlap or loss', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Record<string, any> } = await get(`/api/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.articles.map((a: { id: string }) => a.id[0]));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['d', 'c', 'b', 'a']);
  });

  it('pages rows whose sort times differ by microseconds without skipping or repeating one', async () => {
    // a millisecond cursor would repeat the first row forever: both sort at 09:00:00.000xxx
    await fx.db.database.query(`UPDATE articles SET sort_at = sort_at + interval '7 microseconds' WHERE article_id = $1`, [ARTICLE.b]);
    await fx.db.database.query(`UPDATE articles SET sort_at = (SELECT sort_at FROM articles WHERE article_id = $1) + interval '3 microseconds' WHERE article_id = $2`, [ARTICLE.b, ARTICLE.a]);
    try {
      const first = await get('/api/articles?limit=1&country=IN');
      expect(first.body.articles.map((a: { id: string }) => a.id[0])).toEqual(['a']);
      const second = await get(`/api/articles?limit=1&country=IN&cursor=${first.body.nextCursor}`);
      expect(second.body.articles.map((a: { id: string }) => a.id[0])).toEqual(['b']);
    } finally {
      await fx.db.database.query(`UPDATE articles SET sort_at = published_at WHERE article_id IN ($1, $2)`, [ARTICLE.a, ARTICLE.b]);
    }
  });

  it('returns one article with text, mentions whose offsets slice the text, corrections, and its history', async () => {
    const { status, body } = await get(`/api/articles/${ARTICLE.b}`);
    expect(status).toBe(200);
    expect(body.mentions).toHaveLength(4);
    for (const m of body.mentions) expect(body.text.slice(m.start, m.end)).toBe(m.text);
    const history = await get(`/api/articles/${ARTICLE.b}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetched', 'EntitiesExtracted']);
    const reviewed = await get(`/api/articles/${ARTICLE.a}`);
    expect(reviewed.body.corrections).toEqual([
      expect.objectContaining({ action: 'reject', mentionId: 'org-sovereign-cloud-14', kind: 'org', key: 'sovereign-cloud', actor: 'reviewer-1', reason: 'not an organisation' }),
    ]);
    expect(reviewed.body.mentions.find((m: { kind: string }) => m.kind === 'org').status).toBe('rejected');
  });

  it('answers unknown ids with 404 and unknown routes with a JSON 404', async () => {
    expect((await get('/api/articles/eeeeeeeeeeeeeeeeeeeeeeee')).status).toBe(404);
    expect((await get('/api/articles/eeeeeeeeeeeeeeeeeeeeeeee/history')).body).toEqual({ error: { code: 'not_found', message: 'article eeeeeeeeeeeeeeeeeeeeeeee not found' } });
    expect((await get('/api/nothing')).body).toEqual({ error: { code: 'not_found', message: 'no route GET "/api/nothing"' } });
  });

  it('serves the entity catalogue, per-country stats, health and metrics', async () => {
    const countries = (await get('/api/entities?kind=country')).body.entities;
    expect(countries.map((e: { entityId: string; articleCount: number }) => [e.entityId, e.articleCount])).toEqual([
      ['country:IN', 2],
      ['country:KR', 1],
      ['country:US', 1],
    ]);
    expect((await get('/api/stats/countries')).body.countries).toEqual([
      { country: 'IN', name: 'India', articles: 2, moneyUsd: 2e9, moneyUsdLargest: 2e9, moneyUsdSumOfArticleLargest: 2e9 },
      { country: 'KR', name: 'South Korea', articles: 1, moneyUsd: 0, moneyUsdLargest: null, moneyUsdSumOfArticleLargest: 0 },
      { country: 'US', name: 'United States', articles: 1, moneyUsd: 0, moneyUsdLargest: null, moneyUsdSumOfArticleLargest: 0 },
    ]);
    expect((await get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await get('/readyz')).status).toBe(200);
    const unobserve = observeProjections(fx.db.database, ['articles']);
    const metrics = await (await fx.app.request('/metrics')).text();
    unobserve();
    expect(metrics).toMatch(/wirelog_projection_lag_events\{projection="articles"\} 0/);
  });
});
