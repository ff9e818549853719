import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, openApiFixture, silentLogger, type ApiFixture } from '../api.fixture';
import { startApiServer, type ApiServer } from '../api-server';
import { createAccess, type ReadAccess } from './access';
import { createToken, revokeToken } from './tokens-file';

describeEachDatabase('API access: tokens, roles and read access', (open) => {
  let fx: ApiFixture;
  const servers: ApiServer[] = [];
  const tokens: Record<'reader' | 'reviewer' | 'admin', string> = { reader: '', reviewer: '', admin: '' };
  beforeAll(async () => {
    fx = await openApiFixture(open);
    for (const role of ['reader', 'reviewer', 'admin'] as const) tokens[role] = createToken(fx.tokensFile, `${role}-1`, role).token;
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await fx.db.close();
  });

  // each server its own access state (failed-attempt counts), over real HTTP so the client address is the socket's
  async function serve(reads: ReadAccess): Promise<(path: string, token?: string) => Promise<Response>> {
    const server = await startApiServer({ ...fx.deps, access: createAccess({ tokensFile: fx.tokensFile, reads, logger: silentLogger }) }, { host: '127.0.0.1', port: 0 });
    servers.push(server);
    return (path, token) => fetch(`http://127.0.0.1:${server.port}${path}`, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });
  }
  const status = async (res: Promise<Response>) => (await res).status;

  it('with open reads, answers anyone, and a presented token must still be valid', async () => {
    const get = await serve('open');
    expect(await status(get('/api/articles'))).toBe(200);
    expect(await status(get(`/api/articles/${ARTICLE.b}/history`))).toBe(200);
    expect(await status(get('/metrics'))).toBe(200);
    const ok = await get('/api/articles', tokens.reader);
    expect([ok.status, ok.headers.get('Cache-Control')]).toEqual([200, 'no-store']);
    const wrong = await get('/api/articles', `${tokens.reader.slice(0, -1)}${tokens.reader.endsWith('A') ? 'B' : 'A'}`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('WWW-Authenticate')).toBe('Bearer realm="wirelog"');
    expect(await wrong.json()).toEqual({ error: { code: 'unauthorized', message: 'unknown or revoked token' } });
    const basic = (credentials: string) => fetch(wrong.url, { headers: { Authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } });
    expect((await basic(`anyone:${tokens.reader}`)).status).toBe(200);
    expect((await basic('user:pw')).status).toBe(401);
    const scheme = await fetch(wrong.url, { headers: { Authorization: `Token ${tokens.reader}` } });
    expect(await scheme.json()).toEqual({ error: { code: 'unauthorized', message: 'the Authorization header must be "Bearer <token>" (or Basic with the token as password)' } });
  });

  it('with token-only reads, needs a reader token for every read and history, an admin token for /metrics; health stays open', async () => {
    const get = await serve('token');
    for (const path of ['/api/articles', `/api/articles/${ARTICLE.b}`, `/api/articles/${ARTICLE.b}/history`, '/api/entities', '/api/stats/countries', '/api/quality']) {
      const anonymous = await get(path);
      expect([anonymous.status, await anonymous.json()], path).toEqual([401, { error: { code: 'unauthorized', message: 'a reader token is required' } }]);
      for (const role of ['reader', 'reviewer', 'admin'] as const) expect(await status(get(path, tokens[role])), `${path} ${role}`).toBe(200);
    }
    expect(await status(get('/metrics'))).toBe(401);
    const reader = await get('/metrics', tokens.reader);
    expect([reader.status, await reader.json()]).toEqual([403, { error: { code: 'forbidden', message: 'an admin token is required; "reader-1" is a reader' } }]);
    expect(await status(get('/metrics', tokens.admin))).toBe(200);
    expect(await status(get('/healthz'))).toBe(200);
    expect(await status(get('/readyz'))).toBe(200);
    // an unknown route is still a 404 for whoever may read
    expect(await status(get('/api/nothing', tokens.reader))).toBe(404);
  });

  it('refuses a revoked token within a second, without a restart', async () => {
    const get = await serve('token');
    const { token } = createToken(fx.tokensFile, 'short-lived', 'reader');
    await expect.poll(() => status(get('/api/articles', token)), { timeout: 3_000 }).toBe(200);
    revokeToken(fx.tokensFile, 'short-lived');
    await expect.poll(() => status(get('/api/articles', token)), { timeout: 3_000 }).toBe(401);
  });

  it('answers 429 to an address after 10 failed attempts in a minute, even with a good token, and not to requests without one', async () => {
    const get = await serve('open');
    for (let i = 0; i < 10; i += 1) expect(await status(get('/api/articles', `wl_${'0'.repeat(12)}_${'x'.repeat(43)}`))).toBe(401);
    const locked = await get('/api/articles', tokens.reader);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(locked.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    expect(await locked.json()).toEqual({ error: { code: 'too_many_attempts', message: 'too many failed token attempts from this address' } });
    expect(await status(get('/api/articles'))).toBe(200);
  });
});
