import { afterAll, beforeAll, expect, it } from 'vitest';
import { projections, startProjections } from '@wirelog/projections';
import { describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, createTestTokens, openApiFixture, type ApiFixture } from './api.fixture';
import { startApiServer, type ApiServer } from './api-server';

describeEachDatabase('POST /api/articles/:id/corrections', (open) => {
  let fx: ApiFixture;
  let server: ApiServer;
  let tokens: ReturnType<typeof createTestTokens>;
  beforeAll(async () => {
    fx = await openApiFixture(open);
    tokens = createTestTokens(fx.tokensFile);
    server = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await fx.db.close();
  });

  const post = (article: string, body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${server.port}/api/articles/${article}/corrections`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const eventCount = async () => Number((await fx.db.database.query<{ n: string }>('SELECT count(*)::text AS n FROM events')).rows[0]!.n);
  const project = async () => {
    const runner = await startProjections(fx.deps.store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
  };

  it('needs a reviewer token: without one, with a reader token or a revoked one, nothing is appended', async () => {
    const before = await eventCount();
    const reject = { action: 'reject', mentionId: 'country-KR-0' };
    expect((await post(ARTICLE.c, reject)).status).toBe(401);
    expect((await post(ARTICLE.c, reject, tokens.reader)).status).toBe(403);
    expect((await post(ARTICLE.c, reject, tokens.revoked)).status).toBe(401);
    expect(await eventCount()).toBe(before);
  });

  it('appends each action as its event with the reviewer as actor, and the tables follow', async () => {
    const answers = [
      await post(ARTICLE.c, { action: 'reject', mentionId: 'country-KR-0', reason: 'the peninsula, not the state' }, tokens.ana),
      await post(ARTICLE.d, { action: 'relabel', mentionId: 'org-meta-platforms-0', kind: 'org', key: 'meta', name: 'Meta' }, tokens.ana),
      await post(ARTICLE.d, { action: 'confirm', mentionId: 'hardware-hbm4-12' }, tokens.ana),
      await post(ARTICLE.a, { action: 'add', kind: 'org', key: 'sovereign-cloud-initiative', start: 14, end: 29 }, tokens.ana),
    ];
    const bodies = await Promise.all(answers.map((r) => r.json() as Promise<Record<string, unknown>>));
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202]);
    expect(bodies.map((b) => [b.type, b.actor])).toEqual([
      ['EntityRejected', 'ana'],
      ['EntityRelabelled', 'ana'],
      ['EntityConfirmed', 'ana'],
      ['EntityAdded', 'ana'],
    ]);
    expect(bodies[0]).toMatchObject({ position: expect.stringMatching(/^\d+$/), version: 4 });
    await project();
    const entities = await fx.db.database.query<{ article_id: string; entity_id: string; status: string; source: string }>(
      `SELECT article_id, entity_id, status, source FROM article_entities WHERE article_id = ANY($1::text[]) ORDER BY article_id, entity_id`,
      [[ARTICLE.a, ARTICLE.c, ARTICLE.d]],
    );
    expect(entities.rows).toEqual(
      expect.arrayContaining([
        { article_id: ARTICLE.c, entity_id: 'country:KR', status: 'rejected', source: 'extractor' },
        expect.objectContaining({ article_id: ARTICLE.d, entity_id: 'org:meta', status: 'active' }),
        expect.objectContaining({ article_id: ARTICLE.a, entity_id: 'org:sovereign-cloud-initiative', status: 'active', source: 'reviewer' }),
      ]),
    );
    const history = (await (await fetch(`http://127.0.0.1:${server.port}/api/articles/${ARTICLE.d}/history`)).json()) as { events: { type: string; metadata: { actor?: string } }[] };
    expect(history.events.slice(-2).map((e) => [e.type, e.metadata.actor])).toEqual([
      ['EntityRelabelled', 'ana'],
      ['EntityConfirmed', 'ana'],
    ]);
    const article = (await (await fetch(`http://127.0.0.1:${server.port}/api/articles/${ARTICLE.d}`)).json()) as Record<string, unknown>;
    expect(article).toMatchObject({ reviewed: true, reviewedBy: 'ana', reviewedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it.each([
    ['{"action":', 'the body must be a JSON object'],
    [{ action: 'delete' }, 'action: Invalid option: expected one of "confirm"|"reject"|"relabel"|"add"'],
    [{ action: 'reject', mentionId: 'country-KR-0', extra: 1 }, 'body: Unrecognized key: "extra"'],
    [{ action: 'reject' }, 'mentionId: required for reject'],
    [{ action: 'reject', mentionId: 'nope' }, 'mentionId: "nope" is no mention of this article'],
    [{ action: 'relabel', mentionId: 'country-KR-0', kind: 'country', key: 'XX' }, 'key: "XX" is not an ISO 3166-1 alpha-2 code (IN)'],
    [{ action: 'relabel', mentionId: 'country-KR-0', kind: 'planet', key: 'mars' }, 'kind: Invalid option: expected one of "country"|"money"|"hardware"|"org"|"place"|"capacity"|"quantity"'],
    [{ action: 'add', kind: 'capacity', key: '1.5 GW', start: 0, end: 5 }, 'key: "1.5 GW" is not megawatts (MW:1500) or a range (MW:100-300)'],
    [{ action: 'add', kind: 'money', key: '2 billion', start: 0, end: 5 }, 'key: "2 billion" is not a currency and amount (USD:2000000000) or range (USD:1000000000-2000000000)'],
    [{ action: 'add', kind: 'country', key: 'KR', start: 0, end: 500 }, 'start, end: 0..500 is not a span inside the text (0..34)'],
    [{ action: 'add', kind: 'country', key: 'KR', start: 0, end: 6 }, 'start, end: the span "Korea " must begin and end on the mention\'s text'],
  ] as const)('refuses %j with a 400 and appends nothing', async (body, message) => {
    const before = await eventCount();
    const response = await post(ARTICLE.c, body, tokens.ana);
    expect([response.status, await response.json()]).toEqual([400, { error: { code: 'bad_request', message } }]);
    expect(await eventCount()).toBe(before);
  });

  it('lists recent corrections across articles, newest first, a page at a time', async () => {
    const page = async (query: string) =>
      (await (await fetch(`http://127.0.0.1:${server.port}/api/review/activity${query}`)).json()) as { corrections: { articleId: string; action: string; actor: string }[]; nextBefore: string | null };
    const first = await page('?limit=2');
    // the fixture's own rejection, then the four made above
    expect(first.corrections.map((c) => [c.action, c.articleId, c.actor])).toEqual([
      ['add', ARTICLE.a, 'ana'],
      ['confirm', ARTICLE.d, 'ana'],
    ]);
    const rest = await page(`?limit=200&before=${first.nextBefore}`);
    expect(rest.corrections.map((c) => [c.action, c.actor])).toEqual([
      ['relabel', 'ana'],
      ['reject', 'ana'],
      ['reject', 'reviewer-1'],
    ]);
    expect(rest.nextBefore).toBeNull();
  });

  it('takes a hardware key the catalogue knows, or a new one with its vendor and category, kept on the event and the mention', async () => {
    // ARTICLE.b: 'India buys NVIDIA H100 chips for $2 billion.', "chips" at 23..28
    const add = (key: string, more: Record<string, unknown> = {}) => post(ARTICLE.b, { action: 'add', kind: 'hardware', key, start: 23, end: 28, ...more }, tokens.ana);
    const unknown = await add('acme-x1');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      error: { message: 'key: "acme-x1" is no known hardware; a new one needs vendor and category (accelerator, cpu, memory, system, network, family)' },
    });
    expect((await add('nvidia-h100', { vendor: 'NVIDIA', category: 'accelerator' })).status).toBe(400);
    expect((await post(ARTICLE.b, { action: 'reject', mentionId: 'country-IN-0', vendor: 'x' }, tokens.ana)).status).toBe(400);
    const added = await add('acme-x1', { vendor: 'Acme', category: 'accelerator', name: 'Acme X1' });
    expect(added.status).toBe(202);
    const history = (await (await fetch(`http://127.0.0.1:${server.port}/api/articles/${ARTICLE.b}/history`)).json()) as { events: { type: string; data: Record<string, unknown> }[] };
    expect(history.events.at(-1)).toMatchObject({ type: 'EntityAdded', data: { kind: 'hardware', key: 'acme-x1', value: { vendor: 'Acme', category: 'accelerator' } } });
    await project();
    const article = (await (await fetch(`http://127.0.0.1:${server.port}/api/articles/${ARTICLE.b}`)).json()) as { mentions: { key: string; value?: unknown }[] };
    expect(article.mentions.find((m) => m.key === 'acme-x1')?.value).toEqual({ vendor: 'Acme', category: 'accelerator' });
  });

  it('answers 404 for an unknown article', async () => {
    const response = await post('ffffffffffffffffffffffff', { action: 'reject', mentionId: 'x' }, tokens.ana);
    expect(response.status).toBe(404);
  });

  it('gives one of two reviewers who correct at the same version a 409 with the current version, and loses nothing', async () => {
    const history = async () => ((await (await fetch(`http://127.0.0.1:${server.port}/api/articles/${ARTICLE.b}/history`)).json()) as { events: unknown[] }).events.length;
    const version = await history();
    const [first, second] = await Promise.all([
      post(ARTICLE.b, { action: 'confirm', mentionId: 'country-IN-0', expectedVersion: version }, tokens.ana),
      post(ARTICLE.b, { action: 'reject', mentionId: 'org-nvidia-11', expectedVersion: version }, tokens.ben),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([202, 409]);
    const conflict = first.status === 409 ? first : second;
    expect(await conflict.json()).toEqual({
      error: { code: 'version_conflict', message: `expectedVersion ${version} is stale: the article is at version ${version + 1}; reload it and try again` },
    });
    expect(await history()).toBe(version + 1);
  });

  it('shows a correction whose span a re-extraction dropped as orphaned, and keeps it', async () => {
    const detail = async () => (await (await fetch(`http://127.0.0.1:${server.port}/api/articles/${ARTICLE.c}`)).json()) as { corrections: { action: string; orphaned: boolean }[] };
    expect((await detail()).corrections.map((c) => [c.action, c.orphaned])).toEqual([['reject', false]]);
    // a new extractor version finds "Korea" no more at 0..5, but "South Korea" nowhere either: the rejection has nothing to apply to
    await fx.deps.store.append(`article-${ARTICLE.c}`, [
      { type: 'EntitiesExtracted', eventId: crypto.randomUUID(), data: { articleId: ARTICLE.c, extractorVersion: 'v2', textHash: ARTICLE.c, mentions: [], extractedAt: '2026-03-09T09:00:00.000Z' } },
    ]);
    await project();
    expect((await detail()).corrections.map((c) => [c.action, c.orphaned])).toEqual([['reject', true]]);
  });
});
