import { afterAll, beforeAll, expect, it } from 'vitest';
import { deterministicEventId } from '@wirelog/events';
import { projections, startProjections } from '@wirelog/projections';
import { describeEachDatabase } from '@wirelog/testing';
import { createToken } from '../access/tokens-file';
import { ARTICLE, openApiFixture, type ApiFixture } from '../api.fixture';

const DOUBTFUL = 'eeeeeeeeeeeeeeeeeeeeeeee';

describeEachDatabase('GET /api/review/queue and /api/review/me', (open) => {
  let fx: ApiFixture;
  const get = async (path: string, token?: string) => {
    const res = await fx.app.request(path, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const queue = async (query = '') => {
    const page = await get(`/api/review/queue?${query}`);
    expect(page.status).toBe(200);
    return page.body as { articles: { id: string; doubt: number; reviewed: boolean }[]; nextCursor: string | null };
  };
  const ids = async (query = '') => (await queue(query)).articles.map((a) => a.id[0]);

  beforeAll(async () => {
    fx = await openApiFixture(open);
    // the oldest article, from another feed, with one hardware mention the extractor doubts
    const at = '2026-02-01T09:00:00.000Z';
    const url = 'https://other.example/e';
    const text = 'Blackwell racks arrive.';
    await fx.deps.store.append(`article-${DOUBTFUL}`, [
      { type: 'ArticleDiscovered', eventId: deterministicEventId(DOUBTFUL, 'd'), data: { articleId: DOUBTFUL, feedId: 'other', url, title: 'Racks', publishedAt: at, discoveredAt: at } },
      { type: 'ArticleFetched', eventId: deterministicEventId(DOUBTFUL, 'f'), data: { articleId: DOUBTFUL, url, title: 'Racks', text, textHash: DOUBTFUL, wordCount: 3, source: 'page', fetchedAt: at } },
      {
        type: 'EntitiesExtracted',
        eventId: deterministicEventId(DOUBTFUL, 'x'),
        data: {
          articleId: DOUBTFUL,
          extractorVersion: 'v1',
          textHash: DOUBTFUL,
          mentions: [{ id: 'hw-0', kind: 'hardware', key: 'nvidia-blackwell', name: 'NVIDIA Blackwell', text: 'Blackwell', start: 0, end: 9, confidence: 0.4 }],
          extractedAt: at,
        },
      },
    ]);
    const runner = await startProjections(fx.deps.store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
  });
  afterAll(() => fx.db.close());

  it('puts unreviewed articles first, then the most doubtful: low confidence, and kinds reviewers often corrected', async () => {
    const { articles } = await queue();
    // e: hardware at 0.4 → 0.6. org was rejected once in 1 review: rate 1/6, so an org at 0.9 → 1 − 0.9 × 5/6 = 0.25 (d, b);
    // a country at 0.9 → 0.1 (c); a was reviewed, so it comes last whatever its doubt
    expect(articles.map((a) => [a.id[0], a.doubt, a.reviewed])).toEqual([
      ['e', 0.6, false],
      ['d', 0.25, false],
      ['b', 0.25, false],
      ['c', 0.1, false],
      ['a', 0.1, true],
    ]);
    expect(await ids('order=newest')).toEqual(['d', 'c', 'b', 'a', 'e']);
  });

  it('filters by feed, country, kind and review status', async () => {
    expect(await ids('feed=other')).toEqual(['e']);
    expect(await ids('country=in')).toEqual(['b', 'a']);
    expect(await ids('country=India&order=newest')).toEqual(['b', 'a']);
    expect(await ids('kind=hardware')).toEqual(['e', 'd', 'b']);
    expect(await ids('kind=org')).toEqual(['d', 'b']); // a's only organisation was rejected
    expect(await ids('status=reviewed')).toEqual(['a']);
    expect(await ids('status=unreviewed&order=newest')).toEqual(['d', 'c', 'b', 'e']);
  });

  it.each(['uncertain', 'newest'])('pages the %s order by keyset without overlap or loss', async (order) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof queue>> = await queue(`order=${order}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.articles.map((a) => a.id[0]!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await ids(`order=${order}`));
  });

  it('refuses a cursor of the other order, unknown values and an unknown country', async () => {
    const { nextCursor } = await queue('order=newest&limit=1');
    expect(await get(`/api/review/queue?order=uncertain&cursor=${nextCursor}`)).toEqual({
      status: 400,
      body: { error: { code: 'bad_cursor', message: 'cursor is not one this API returned for this order' } },
    });
    const bad = await get('/api/review/queue?order=oldest&kind=planet&status=done&feed=Bad_Feed');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^order: Invalid option.*feed: a feed id.*kind: Invalid option.*status: Invalid option/);
    expect((await get('/api/review/queue?country=Atlantis')).status).toBe(400);
  });

  it('says whose token a request carries, and needs one', async () => {
    const { token } = createToken(fx.tokensFile, 'ana', 'reviewer');
    expect(await get('/api/review/me', token)).toEqual({ status: 200, body: { name: 'ana', role: 'reviewer' } });
    expect((await get('/api/review/me')).status).toBe(401);
  });

  it('leaves out articles that are not extracted yet', async () => {
    const at = '2026-03-09T09:00:00.000Z';
    await fx.deps.store.append('article-ffffffffffffffffffffffff', [
      { type: 'ArticleDiscovered', eventId: crypto.randomUUID(), data: { articleId: 'ffffffffffffffffffffffff', feedId: 'f', url: 'https://news.example/f', title: 'F', publishedAt: at, discoveredAt: at } },
    ]);
    const runner = await startProjections(fx.deps.store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
    expect(await ids('order=newest')).toEqual(['d', 'c', 'b', 'a', 'e']);
  });
});
