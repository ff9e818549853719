import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@wirelog/testing';
import { openApiFixture, type ApiFixture } from './api.fixture';
import { headersOf, methodOf, oneBadListQuery, pathOf, queryOf, rawHostOf, rawTargetOf, validListQuery } from './api-requests.arbitrary';
import { rawRequest } from './raw-http.fixture';
import { startHttpServer, type HttpServer } from './start-http-server';

async function expectWellFormed(res: Response, label: string): Promise<void> {
  expect(res.status, label).toBeLessThan(500);
  expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
  const text = await res.text();
  if (res.status < 400) return;
  expect(res.headers.get('Content-Type'), label).toMatch(/^application\/json/);
  if (label.startsWith('HEAD')) return;
  const body = JSON.parse(text) as { error: { code: unknown; message: unknown } };
  expect(Object.keys(body), label).toEqual(['error']);
  expect(Object.keys(body.error).sort(), label).toEqual(['code', 'message']);
  expect(typeof body.error.code === 'string' && typeof body.error.message === 'string', label).toBe(true);
}

describeEachDatabase('API under arbitrary requests', (open) => {
  let fx: ApiFixture;
  let server: HttpServer;
  beforeAll(async () => {
    fx = await openApiFixture(open);
    server = await startHttpServer(fx.app, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await fx.db.close();
  });

  it('never answers 5xx, and every error is { error: { code, message } }, for any path, query, method and headers', async () => {
    await fc.assert(
      fc.asyncProperty(methodOf, pathOf, queryOf, headersOf, async (method, path, query, headers) => {
        const url = `${path}${query ? `?${query}` : ''}`;
        await expectWellFormed(await fx.app.request(url, { method, headers }), `${method} ${url} ${JSON.stringify(headers)}`);
      }),
      { numRuns: 400 },
    );
  });

  it('never answers 5xx to an article list query with one hostile value among valid ones', async () => {
    await fc.assert(
      fc.asyncProperty(oneBadListQuery, headersOf, async (query, headers) => {
        await expectWellFormed(await fx.app.request(`/api/articles?${query}`, { headers }), `GET /api/articles?${query}`);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches PostgreSQL only with values it accepts, whatever valid filters, dates, words and cursors are combined', async () => {
    let listed = 0;
    await fc.assert(
      fc.asyncProperty(validListQuery, async (query) => {
        const res = await fx.app.request(`/api/articles?${query}`);
        const body = (await res.json()) as { error?: { message: string } };
        // 400 only for a filter value that names nothing in the catalogue
        if (res.status === 400) expect(body.error?.message, query).toMatch(/^((country|hardware|org): [\s\S]* known here(; )?)+$/);
        else expect(res.status, `${query} ${JSON.stringify(body)}`).toBe(200);
        if (res.status === 200) listed++;
      }),
      { numRuns: 300 },
    );
    expect(listed).toBeGreaterThan(100);
  });

  it('never answers 5xx over a socket, for request targets and Host headers no client library would send', async () => {
    await fc.assert(
      fc.asyncProperty(rawTargetOf, rawHostOf, async (requestTarget, hostHeader) => {
        const res = await rawRequest(server.port, `GET ${requestTarget} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close`);
        const label = `GET ${requestTarget} Host: ${hostHeader} -> ${res.status} ${res.body}`;
        expect(res.status, label).toBeLessThan(500);
        expect(res.headers['x-content-type-options'], label).toBe('nosniff');
        if (res.status >= 400) expect(JSON.parse(res.body), label).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
      }),
      { numRuns: 150 },
    );
  });
});
