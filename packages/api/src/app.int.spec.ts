import { afterAll, beforeAll, expect, it } from 'vitest';
import { deterministicEventId, type MentionPayload } from '@wirelog/events';
import { EventStore } from '@wirelog/event-store';
import { observeProjections, projections, startProjections } from '@wirelog/projections';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { createApp } from './app';

const silent = { error: () => undefined };

function mention(kind: MentionPayload['kind'], key: string, name: string, start: number, extra: Partial<MentionPayload> = {}): MentionPayload {
  return { id: `${kind}-${key}-${start}`, kind, key, name, text: name, start, end: start + name.length, confidence: 0.9, ...extra };
}

/** Three articles, newest first: c (KR), b (IN + money + NVIDIA H100), a (IN). */
async function seed(store: EventStore): Promise<void> {
  const articles = [
    { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', day: '2026-03-01', text: 'India plans a sovereign cloud.', mentions: [mention('country', 'IN', 'India', 0)] },
    {
      id: 'bbbbbbbbbbbbbbbbbbbbbbbb',
      day: '2026-03-02',
      text: 'India buys NVIDIA H100 chips for $2 billion.',
      mentions: [
        mention('country', 'IN', 'India', 0),
        mention('hardware', 'nvidia-h100', 'NVIDIA H100', 11, { value: { vendor: 'NVIDIA', category: 'accelerator' } }),
        mention('org', 'nvidia', 'NVIDIA', 11),
        mention('money', 'USD:2000000000', '$2 billion', 33, { value: { currency: 'USD', amount: 2e9, usd: 2e9 }, country: 'IN' }),
      ],
    },
    { id: 'cccccccccccccccccccccccc', day: '2026-03-03', text: 'Korea expands its AI data centres.', mentions: [mention('country', 'KR', 'Korea', 0)] },
  ];
  for (const a of articles) {
    const at = `${a.day}T09:00:00.000Z`;
    const url = `https://news.example/${a.id}`;
    await store.append(`article-${a.id}`, [
      { type: 'ArticleDiscovered', eventId: deterministicEventId(a.id, 'd'), data: { articleId: a.id, feedId: 'f', url, title: `Title ${a.id[0]}`, publishedAt: at, discoveredAt: at } },
      { type: 'ArticleFetched', eventId: deterministicEventId(a.id, 'f'), data: { articleId: a.id, url, title: `Title ${a.id[0]}`, text: a.text, textHash: a.id, wordCount: 6, source: 'page', fetchedAt: at } },
      { type: 'EntitiesExtracted', eventId: deterministicEventId(a.id, 'x'), data: { articleId: a.id, extractorVersion: 'v1', textHash: a.id, mentions: a.mentions, extractedAt: at } },
    ]);
  }
}

describeEachDatabase('HTTP API', (open) => {
  let db: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  beforeAll(async () => {
    db = await open();
    const store = new EventStore(db.database);
    await seed(store);
    const runner = await startProjections(store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
    app = createApp({ database: db.database, store, logger: silent });
  });
  afterAll(() => db.close());

  it('lists articles newest first with their entities, filtered by country, hardware, org, text and dates', async () => {
    const all = await get('/api/articles');
    expect(all.status).toBe(200);
    expect(all.body.articles.map((a: { id: string }) => a.id[0])).toEqual(['c', 'b', 'a']);
    expect(all.body.articles[1].entities.map((e: { entityId: string }) => e.entityId).sort()).toEqual([
      'country:IN',
      'hardware:nvidia-h100',
      'money:USD:2000000000',
      'org:nvidia',
    ]);
    const ids = async (query: string) => (await get(`/api/articles?${query}`)).body.articles.map((a: { id: string }) => a.id[0]);
    expect(await ids('country=in')).toEqual(['b', 'a']);
    expect(await ids('hardware=nvidia-h100')).toEqual(['b']);
    expect(await ids('org=nvidia')).toEqual(['b']);
    expect(await ids('q=korea')).toEqual(['c']);
    expect(await ids('since=2026-03-02&until=2026-03-03')).toEqual(['b']);
  });

  it('pages with a keyset cursor without overlap or loss', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Record<string, any> } = await get(`/api/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.articles.map((a: { id: string }) => a.id[0]));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['c', 'b', 'a']);
  });

  it('returns one article with text, mentions whose offsets slice the text, and its history', async () => {
    const { status, body } = await get('/api/articles/bbbbbbbbbbbbbbbbbbbbbbbb');
    expect(status).toBe(200);
    expect(body.mentions).toHaveLength(4);
    for (const m of body.mentions) expect(body.text.slice(m.start, m.end)).toBe(m.text);
    const history = await get('/api/articles/bbbbbbbbbbbbbbbbbbbbbbbb/history');
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['ArticleDiscovered', 'ArticleFetched', 'EntitiesExtracted']);
  });

  it('answers bad input with 400 and unknown ids with 404, as JSON errors', async () => {
    for (const path of ['/api/articles?limit=0', '/api/articles?country=India', '/api/articles?since=yesterday', '/api/articles?cursor=%%%', '/api/articles/NOT-HEX']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toMatch(/^bad_/);
    }
    expect((await get('/api/articles/dddddddddddddddddddddddd')).status).toBe(404);
    expect((await get('/api/articles/dddddddddddddddddddddddd/history')).status).toBe(404);
    expect((await get('/api/nothing')).body).toEqual({ error: { code: 'not_found', message: 'no route GET /api/nothing' } });
  });

  it('serves the entity catalogue, per-country stats, health and metrics', async () => {
    const countries = (await get('/api/entities?kind=country')).body.entities;
    expect(countries.map((e: { entity_id: string; article_count: number }) => [e.entity_id, e.article_count])).toEqual([
      ['country:IN', 2],
      ['country:KR', 1],
    ]);
    expect((await get('/api/stats/countries')).body.countries).toEqual([
      { country: 'IN', name: 'India', articles: 2, money_usd: 2e9 },
      { country: 'KR', name: 'Korea', articles: 1, money_usd: 0 },
    ]);
    expect((await get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await get('/readyz')).status).toBe(200);
    const unobserve = observeProjections(db.database, ['articles']);
    const metrics = await (await app.request('/metrics')).text();
    unobserve();
    expect(metrics).toMatch(/wirelog_projection_lag_events\{projection="articles"\} 0/);
  });
});
