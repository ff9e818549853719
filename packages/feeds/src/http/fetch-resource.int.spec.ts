import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource';
import {
  FetchTimeoutError,
  GoneError,
  HttpStatusError,
  NetworkError,
  TooLargeError,
  TooManyRedirectsError,
} from './fetch-errors';
import { localServer, type LocalServer } from './local-server.fixture';

const ETAG = '"v1"';
const MODIFIED = 'Wed, 21 Oct 2026 07:28:00 GMT';
const page = Buffer.from('<rss>' + 'hello world '.repeat(200) + '</rss>');
const seenAgents: string[] = [];

let server: LocalServer;
beforeAll(async () => {
  server = await localServer((req, res) => {
    const path = req.url ?? '/';
    seenAgents.push(req.headers['user-agent'] ?? '');
    if (path === '/feed') {
      if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === MODIFIED) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': MODIFIED }).end(page);
    } else if (path === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(page));
    else if (path === '/br') res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(page));
    else if (path === '/deflate') res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(page));
    else if (path === '/declared-big') res.writeHead(200, { 'content-length': String(50_000) }).end(Buffer.alloc(50_000));
    else if (path === '/streamed-big') {
      res.writeHead(200);
      for (let i = 0; i < 50; i++) res.write(Buffer.alloc(1000, 97));
      res.end();
    } else if (path === '/bomb') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20_000_000)));
    else if (path === '/stall') res.writeHead(200).write('partial');
    else if (path === '/silent') return;
    else if (path === '/loop-a') res.writeHead(302, { location: '/loop-b' }).end();
    else if (path === '/loop-b') res.writeHead(301, { location: '/loop-a' }).end();
    else if (path.startsWith('/chain/')) {
      const n = Number(path.slice(7));
      if (n === 0) res.writeHead(200).end('end of chain');
      else res.writeHead(307, { location: `/chain/${n - 1}` }).end();
    } else if (path === '/429-seconds') res.writeHead(429, { 'retry-after': '120' }).end();
    else if (path === '/503-date') res.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }).end();
    else if (path === '/500') res.writeHead(500).end('boom');
    else if (path === '/404') res.writeHead(404).end();
    else if (path === '/410') res.writeHead(410).end();
    else if (path === '/echo-accept') res.end(req.headers.accept);
    else if (path === '/reset') req.socket.destroy();
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

const local = { allowPrivate: true };

describe('fetchResource over HTTP', () => {
  it('returns the body with validators, then not-modified for ETag or Last-Modified', async () => {
    const first = await fetchResource(`${server.url}/feed`, local);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.body.equals(page)).toBe(true);
    expect(first).toMatchObject({ httpStatus: 200, contentType: 'application/rss+xml', etag: ETAG, lastModified: MODIFIED });
    expect(await fetchResource(`${server.url}/feed`, { ...local, etag: ETAG })).toEqual({ status: 'not-modified', url: `${server.url}/feed` });
    expect((await fetchResource(`${server.url}/feed`, { ...local, lastModified: MODIFIED })).status).toBe('not-modified');
    expect(seenAgents).toContain('wirelog/0.1 (+https://github.com/wirelog/wirelog)');
  });

  it.each(['/gzip', '/br', '/deflate'])('decodes %s bodies', async (path) => {
    const result = await fetchResource(`${server.url}${path}`, local);
    expect(result.status === 'ok' && result.body.equals(page)).toBe(true);
  });

  it('refuses a declared, a streamed and a decompressed body over the cap', async () => {
    for (const path of ['/declared-big', '/streamed-big', '/bomb']) {
      const err = await fetchResource(`${server.url}${path}`, { ...local, maxBytes: 10_000 }).catch((e: unknown) => e);
      expect(err, path).toBeInstanceOf(TooLargeError);
    }
    const bomb = await fetchResource(`${server.url}/bomb`, local).catch((e: unknown) => e);
    expect(bomb).toBeInstanceOf(TooLargeError);
    expect((bomb as TooLargeError).message).toContain('decoded');
  });

  it('times out a server that stalls mid-body or never answers', async () => {
    for (const path of ['/stall', '/silent']) {
      const err = await fetchResource(`${server.url}${path}`, { ...local, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(err, path).toBeInstanceOf(FetchTimeoutError);
      expect((err as FetchTimeoutError).retryable).toBe(true);
    }
  });

  it('stops when the caller aborts, with the caller\'s reason', async () => {
    const controller = new AbortController();
    const pending = fetchResource(`${server.url}/silent`, { ...local, signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
  });

  it('sends the Accept header it is given', async () => {
    const result = await fetchResource(`${server.url}/echo-accept`, { ...local, accept: 'application/rss+xml' });
    expect(result.status === 'ok' && result.body.toString()).toBe('application/rss+xml');
  });

  it('follows redirects up to the cap, refuses loops and longer chains', async () => {
    const ok = await fetchResource(`${server.url}/chain/3`, local);
    expect(ok.status === 'ok' && ok.url).toBe(`${server.url}/chain/0`);
    await expect(fetchResource(`${server.url}/chain/6`, local)).rejects.toBeInstanceOf(TooManyRedirectsError);
    await expect(fetchResource(`${server.url}/chain/2`, { ...local, maxRedirects: 1 })).rejects.toBeInstanceOf(TooManyRedirectsError);
    await expect(fetchResource(`${server.url}/loop-a`, local)).rejects.toThrow(/loop/);
  });

  it('maps 429 and 503 to retryable HttpStatusError with Retry-After in ms', async () => {
    const tooMany = (await fetchResource(`${server.url}/429-seconds`, local).catch((e: unknown) => e)) as HttpStatusError;
    expect(tooMany).toBeInstanceOf(HttpStatusError);
    expect(tooMany).toMatchObject({ status: 429, retryable: true, retryAfterMs: 120_000 });
    const unavailable = (await fetchResource(`${server.url}/503-date`, local).catch((e: unknown) => e)) as HttpStatusError;
    expect(unavailable).toMatchObject({ status: 503, retryable: true });
    expect(unavailable.retryAfterMs).toBeGreaterThan(50_000);
    expect(unavailable.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('marks 5xx and network failures retryable, 404 and 410 not', async () => {
    await expect(fetchResource(`${server.url}/500`, local)).rejects.toMatchObject({ status: 500, retryable: true });
    await expect(fetchResource(`${server.url}/404`, local)).rejects.toMatchObject({ status: 404, retryable: false });
    const gone = await fetchResource(`${server.url}/410`, local).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(GoneError);
    expect((gone as GoneError).retryable).toBe(false);
    const reset = await fetchResource(`${server.url}/reset`, local).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(NetworkError);
    expect((reset as NetworkError).retryable).toBe(true);
  });
});
