import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { observeProjections } from '@wirelog/projections';
import { describeEachDatabase } from '@wirelog/testing';
import { openApiFixture, silentLogger, type ApiFixture } from './api.fixture';
import { startApiServer } from './api-server';
import { createOpsApp } from './app';
import { createJsonApp } from './json-app';
import { rawRequest } from './raw-http.fixture';
import { HTML_CONTENT_SECURITY_POLICY } from './response-headers.middleware';
import { startHttpServer } from './start-http-server';

const reach = async (address: string, port: number, path = '/healthz') => (await fetch(`http://${address}:${port}${path}`)).status;

// Linux routes all of 127/8 to lo: a listener on 127.0.0.1 must refuse 127.0.0.2, one on 0.0.0.0 must not
const connects = (address: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, address, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

describeEachDatabase('API exposure', (open) => {
  let fx: ApiFixture;
  let closed = false;
  beforeAll(async () => {
    fx = await openApiFixture(open);
  });
  afterAll(async () => {
    if (!closed) await fx.db.close();
  });

  it('listens on 127.0.0.1 only when told so, and on every address with host 0.0.0.0', async () => {
    const local = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    const open = await startApiServer(fx.deps, { host: '0.0.0.0', port: 0 });
    try {
      expect(await reach('127.0.0.1', local.port)).toBe(200);
      expect(await connects('127.0.0.2', local.port)).toBe(false);
      expect(await reach('127.0.0.2', open.port)).toBe(200);
    } finally {
      await local.close();
      await open.close();
    }
  });

  it('refuses a port another process holds, saying how to give each process its own', async () => {
    const first = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    try {
      await expect(startHttpServer(createOpsApp(fx.deps), { host: '127.0.0.1', port: first.port })).rejects.toThrow(
        `127.0.0.1:${first.port} is already in use: give each wirelog process on this host its own PORT (PORT=0 picks a free one)`,
      );
    } finally {
      await first.close();
    }
  });

  it('serves /metrics only on the metrics port when one is set, on the same host', async () => {
    const server = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0, metricsPort: 0 });
    const unobserve = observeProjections(fx.db.database, ['articles']);
    try {
      expect(server.metricsPort).toBeGreaterThan(0);
      const hidden = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect([hidden.status, await hidden.json()]).toEqual([404, { error: { code: 'not_found', message: 'no route GET "/metrics"' } }]);
      const metrics = await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await metrics.text()).toMatch(/wirelog_projection_lag_events\{projection="articles"\} 0/);
      expect(await reach('127.0.0.1', server.metricsPort!, '/api/articles')).toBe(404);
      expect(await reach('127.0.0.1', server.port, '/api/articles')).toBe(200);
      expect(await connects('127.0.0.2', server.metricsPort!)).toBe(false);
    } finally {
      unobserve();
      await server.close();
    }
    expect(await connects('127.0.0.1', server.metricsPort!)).toBe(false);
  });

  it('keeps /metrics on the API port when no metrics port is set', async () => {
    const server = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    try {
      expect(server.metricsPort).toBeUndefined();
      expect(await reach('127.0.0.1', server.port, '/metrics')).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('marks every response nosniff, and answers to a request with Authorization no-store', async () => {
    for (const [path, method] of [['/api/articles', 'GET'], ['/api/articles?limit=0', 'GET'], ['/api/nothing', 'GET'], ['/api/articles', 'POST'], ['/api/articles', 'OPTIONS'], ['/metrics', 'GET']] as const) {
      const plain = await fx.app.request(path, { method });
      expect(plain.headers.get('X-Content-Type-Options'), `${method} ${path}`).toBe('nosniff');
      expect(plain.headers.get('Cache-Control'), `${method} ${path}`).toBeNull();
      const credentialed = await fx.app.request(path, { method, headers: { Authorization: 'Bearer secret' } });
      expect(credentialed.headers.get('Cache-Control'), `${method} ${path}`).toBe('no-store');
      expect(credentialed.headers.get('Content-Security-Policy'), `${method} ${path}`).toBeNull(); // JSON and text are not documents
    }
  });

  it('gives HTML responses a strict Content-Security-Policy', async () => {
    const app = createJsonApp(silentLogger, (a) => a.get('/page', (c) => c.html('<!doctype html><p>review</p>')));
    const res = await app.request('/page');
    expect(res.headers.get('Content-Security-Policy')).toBe(HTML_CONTENT_SECURITY_POLICY);
    expect(HTML_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(HTML_CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(HTML_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves health, readiness and metrics on the ops app of a worker, and nothing else', async () => {
    const ops = await startHttpServer(createOpsApp(fx.deps), { host: '127.0.0.1', port: 0 });
    try {
      for (const path of ['/healthz', '/readyz', '/metrics']) expect(await reach('127.0.0.1', ops.port, path), path).toBe(200);
      const api = await fetch(`http://127.0.0.1:${ops.port}/api/articles`);
      expect([api.status, api.headers.get('X-Content-Type-Options'), await api.json()]).toEqual([404, 'nosniff', { error: { code: 'not_found', message: 'no route GET "/api/articles"' } }]);
      const post = await fetch(`http://127.0.0.1:${ops.port}/healthz`, { method: 'POST' });
      expect([post.status, post.headers.get('Allow')]).toEqual([405, 'GET, HEAD, OPTIONS']);
    } finally {
      await ops.close();
    }
  });

  it('answers in JSON the requests hono never sees: a bad Host header, a malformed request line, oversized headers', async () => {
    const server = await startHttpServer(fx.app, { host: '127.0.0.1', port: 0 });
    try {
      const badHost = await rawRequest(server.port, 'GET /api/articles HTTP/1.1\r\nHost: a b\r\nConnection: close');
      expect([badHost.status, badHost.headers['x-content-type-options'], JSON.parse(badHost.body)]).toEqual([400, 'nosniff', { error: { code: 'bad_request', message: 'Invalid URL' } }]);
      const backslash = await rawRequest(server.port, 'GET /api\\articles HTTP/1.1\r\nHost: x\r\nConnection: close');
      expect([backslash.status, JSON.parse(backslash.body).error.code]).toEqual([400, 'bad_request']);
      const garbage = await rawRequest(server.port, 'GET / HTTP/1.1 extra\r\nConnection: close');
      expect([garbage.status, garbage.headers['content-type'], JSON.parse(garbage.body)]).toEqual([400, 'application/json', { error: { code: 'bad_request', message: 'bad request' } }]);
      const huge = await rawRequest(server.port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close`);
      expect([huge.status, JSON.parse(huge.body).error.code]).toEqual([431, 'headers_too_large']);
    } finally {
      await server.close();
    }
  });

  // last: it closes the suite's database
  it('answers /readyz 503 not_ready when its database is unreachable', async () => {
    await fx.db.close();
    closed = true;
    const res = await createOpsApp(fx.deps).request('/readyz');
    expect([res.status, await res.json()]).toEqual([503, { error: { code: 'not_ready', message: 'database unreachable' } }]);
  });
});
