import { afterAll, beforeAll, expect, it } from 'vitest';
import { deterministicEventId } from '@wirelog/events';
import { projections, startProjections, type ProjectionRunner } from '@wirelog/projections';
import { connectSse, describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, openApiFixture, type ApiFixture } from '../api.fixture';
import { startApiServer, type ApiServer } from '../api-server';

describeEachDatabase('GET /api/changes', (open) => {
  let fx: ApiFixture;
  let server: ApiServer;
  let runner: ProjectionRunner;
  let base: string;
  beforeAll(async () => {
    fx = await openApiFixture(open);
    server = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${server.port}/api/changes`;
    runner = await startProjections(fx.deps.store, [...projections], { pollIntervalMs: 100 });
  });
  afterAll(async () => {
    await runner.stop();
    await server.close();
    await fx.db.close();
  });

  it('replays every projected change from the start of the log, in log order, with the log position as id', async () => {
    const client = connectSse(`${base}?after=0`);
    await client.until(13);
    client.close();
    const shape = client.messages.slice(0, 13).map((m) => [m.event, m.data.articleId, m.data.status ?? m.data.action ?? m.data.extractorVersion]);
    expect(shape).toEqual([
      ...[ARTICLE.a, ARTICLE.b, ARTICLE.c, ARTICLE.d].flatMap((id) => [
        ['article', id, 'discovered'],
        ['article', id, 'fetched'],
        ['entities', id, 'v1'],
      ]),
      ['correction', ARTICLE.a, 'reject'],
    ]);
    const ids = client.messages.map((m) => BigInt(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(client.messages[12]!.data).toMatchObject({ kind: 'org', key: 'sovereign-cloud', actor: 'reviewer-1', reason: 'not an organisation' });
    // entities as projected: the rejected org is there, marked rejected
    expect(client.messages[2]!.data.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ entityId: 'country:IN', status: 'active' }), expect.objectContaining({ entityId: 'org:sovereign-cloud', status: 'rejected' })]),
    );
  });

  it('sends a new article once it is projected, and a client that reconnects with Last-Event-ID misses and repeats nothing', async () => {
    const live = connectSse(base);
    await live.ready;
    const id = 'eeeeeeeeeeeeeeeeeeeeeeee';
    const at = '2026-03-05T09:00:00.000Z';
    const url = `https://news.example/${id}`;
    await fx.deps.store.append(`article-${id}`, [
      { type: 'ArticleDiscovered', eventId: deterministicEventId(id, 'd'), data: { articleId: id, feedId: 'f', url, discoveredAt: at } },
    ]);
    await live.until(1);
    const first = live.messages[0]!;
    expect([first.event, first.data]).toEqual(['article', { articleId: id, status: 'discovered', at: expect.any(String) }]);
    live.close();

    // appended while nobody listens
    await fx.deps.store.append(`article-${id}`, [
      { type: 'ArticleFetched', eventId: deterministicEventId(id, 'f'), data: { articleId: id, url, title: 'Korea', text: 'Korea builds.', textHash: id, wordCount: 2, source: 'page', fetchedAt: at } },
      {
        type: 'EntitiesExtracted',
        eventId: deterministicEventId(id, 'x'),
        data: { articleId: id, extractorVersion: 'v1', textHash: id, extractedAt: at, mentions: [{ id: 'country-KR-0', kind: 'country', key: 'KR', name: 'South Korea', text: 'Korea', start: 0, end: 5, confidence: 0.9 }] },
      },
    ]);
    const resumed = connectSse(base, { 'Last-Event-ID': first.id });
    await resumed.until(2);
    await new Promise((r) => setTimeout(r, 300));
    resumed.close();
    expect(resumed.messages.map((m) => [m.event, m.data.status ?? null])).toEqual([
      ['article', 'fetched'],
      ['entities', null],
    ]);
    expect(resumed.messages[1]!.data.entities).toEqual([expect.objectContaining({ entityId: 'country:KR', status: 'active' })]);
  });

  it('filters by type and by country (key or name)', async () => {
    const korea = connectSse(`${base}?after=0&types=entities&country=South%20Korea`);
    await korea.until(2);
    await new Promise((r) => setTimeout(r, 300));
    korea.close();
    expect(korea.messages.map((m) => [m.event, m.data.articleId])).toEqual([
      ['entities', ARTICLE.c],
      ['entities', 'eeeeeeeeeeeeeeeeeeeeeeee'],
    ]);
    const corrections = connectSse(`${base}?after=0&types=correction,feed`);
    await corrections.until(1);
    corrections.close();
    expect(corrections.messages.map((m) => m.event)).toEqual(['correction']);
  });

  it('refuses bad filters and unknown positions with a 400 before streaming', async () => {
    for (const [query, headers, message] of [
      ['?types=articles', {}, 'types: "articles" unknown (known: article, entities, correction, feed)'],
      ['?after=99999999', {}, 'after: no change has id 99999999'],
      ['?after=-1', {}, 'after: a log position (the id of a change)'],
      ['', { 'Last-Event-ID': 'abc' }, 'Last-Event-ID: "abc" is not a log position'],
      ['?country=Atlantis', {}, 'country: "Atlantis" is not an ISO 3166-1 alpha-2 code or a country name known here'],
    ] as const) {
      const response = await fetch(`${base}${query}`, { headers });
      expect([response.status, await response.json()], query).toEqual([400, { error: { code: 'bad_request', message } }]);
    }
  });

  it('ends open streams when the server closes', async () => {
    const own = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    const client = connectSse(`http://127.0.0.1:${own.port}/api/changes?after=0`);
    await client.until(1);
    await own.close();
    await client.done;
  });
});
