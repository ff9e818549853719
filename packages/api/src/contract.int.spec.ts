import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, openApiFixture, type ApiFixture } from './api.fixture';

/** Every key of a JSON value, at any depth, with its path. */
function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => [`${path}.${key}`, ...keysOf(v, `${path}.${key}`)]);
}

describeEachDatabase('API contract', (open) => {
  let fx: ApiFixture;
  const json = async (path: string) => (await (await fx.app.request(path)).json()) as Record<string, any>;
  beforeAll(async () => {
    fx = await openApiFixture(open);
  });
  afterAll(() => fx.db.close());

  it('names every JSON field in camelCase, on every route', async () => {
    const paths = ['/api/articles', `/api/articles/${ARTICLE.a}`, `/api/articles/${ARTICLE.b}`, `/api/articles/${ARTICLE.b}/history`, '/api/entities', '/api/stats/countries', '/api/countries/IN', '/api/quality', '/healthz', '/readyz'];
    const bodies = await Promise.all(paths.map(json));
    const keys = bodies.flatMap((body, i) => keysOf(body, paths[i]));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k.slice(k.lastIndexOf('.') + 1)))).toEqual([]);
  });

  it('exposes a money mention with its documented value fields and its country and organisation, nothing internal', async () => {
    const { mentions } = await json(`/api/articles/${ARTICLE.b}`);
    const money = mentions.find((m: { kind: string }) => m.kind === 'money');
    expect(money).toEqual({
      id: 'money-USD:2000000000-33',
      kind: 'money',
      text: '$2 billion',
      start: 33,
      end: 43,
      key: 'USD:2000000000',
      name: '$2 billion',
      value: { currency: 'USD', amount: 2e9, usd: 2e9 },
      country: 'IN',
      org: 'nvidia',
      confidence: 0.9,
      source: 'extractor',
      status: 'active',
    });
    const hardware = mentions.find((m: { kind: string }) => m.kind === 'hardware');
    expect(hardware.value).toEqual({ vendor: 'NVIDIA', category: 'accelerator' });
    expect(Object.keys(mentions.find((m: { kind: string }) => m.kind === 'country'))).not.toContain('value');
  });

  it('returns a correction in camelCase with who made it, when and why', async () => {
    const { corrections } = await json(`/api/articles/${ARTICLE.a}`);
    expect(corrections).toEqual([
      {
        id: expect.any(String),
        action: 'reject',
        mentionId: 'org-sovereign-cloud-14',
        start: 14,
        end: 29,
        kind: 'org',
        key: 'sovereign-cloud',
        toKind: null,
        toKey: null,
        toName: null,
        actor: 'reviewer-1',
        reason: 'not an organisation',
        correctedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        position: expect.stringMatching(/^\d+$/),
        orphaned: false,
      },
    ]);
  });

  it.each([
    ['POST', '/api/articles', 'GET, HEAD, OPTIONS'],
    ['DELETE', `/api/articles/${ARTICLE.a}`, 'GET, HEAD, OPTIONS'],
    ['PUT', `/api/articles/${ARTICLE.a}/history`, 'GET, HEAD, OPTIONS'],
    ['PATCH', '/api/entities', 'GET, HEAD, OPTIONS'],
    ['POST', '/api/countries/IN', 'GET, HEAD, OPTIONS'],
    ['POST', '/metrics', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/healthz', 'GET, HEAD, OPTIONS'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await fx.app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe(allow);
    expect(await res.json()).toEqual({ error: { code: 'method_not_allowed', message: `${method} is not allowed here; allowed: ${allow}` } });
  });

  it('answers OPTIONS with the allowed methods and HEAD like GET without a body', async () => {
    const options = await fx.app.request('/api/entities', { method: 'OPTIONS' });
    expect([options.status, options.headers.get('Allow')]).toEqual([204, 'GET, HEAD, OPTIONS']);
    const head = await fx.app.request('/api/articles', { method: 'HEAD' });
    expect([head.status, head.headers.get('Content-Type'), await head.text()]).toEqual([200, 'application/json', '']);
  });

  it('answers a wrong method on an unknown path with 404, not 405', async () => {
    const res = await fx.app.request('/api/nothing', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no route POST "/api/nothing"' } });
  });
});
