import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBullQueue } from '@wirelog/queue';
import { describeWithRedis, freshRedisPrefix, openPglite } from '@wirelog/testing';
import { openApiFixture, silentLogger, type ApiFixture } from '../api.fixture';
import { startApiServer, type ApiServer } from '../api-server';
import { createToken } from '../access/tokens-file';
import { createQueueBoard, type QueueBoard } from './queue-board';

describeWithRedis('queue board at /admin/queues (services mode)', () => {
  const redis = freshRedisPrefix('board');
  let fx: ApiFixture;
  let board: QueueBoard;
  let server: ApiServer;
  const tokens = { reviewer: '', admin: '' };
  const basic = (token: string) => ({ Authorization: `Basic ${Buffer.from(`ops:${token}`).toString('base64')}` });
  beforeAll(async () => {
    fx = await openApiFixture(openPglite);
    tokens.reviewer = createToken(fx.tokensFile, 'rev', 'reviewer').token;
    tokens.admin = createToken(fx.tokensFile, 'ops', 'admin').token;
    // a job waiting in the queue the board should show
    const queue = createBullQueue({ redisUrl: redis.url, prefix: redis.prefix });
    await queue.add('fetch-article', { articleId: 'a'.repeat(24), url: 'https://news.example/a', feedId: 'f' });
    await queue.close();
    board = createQueueBoard({ redisUrl: redis.url, prefix: redis.prefix, logger: silentLogger });
    server = await startApiServer({ ...fx.deps, queueBoard: board.app }, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await board?.close();
    await fx?.db.close();
    await redis.cleanup();
  });
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

  it('asks a browser for an admin token, and refuses lesser ones', async () => {
    const anonymous = await fetch(url('/admin/queues'));
    expect([anonymous.status, anonymous.headers.get('WWW-Authenticate')]).toEqual([401, 'Basic realm="wirelog"']);
    const reviewer = await fetch(url('/admin/queues'), { headers: basic(tokens.reviewer) });
    expect(reviewer.status).toBe(403);
    expect((await fetch(url('/admin/queues/api/queues'), { headers: basic(tokens.reviewer) })).status).toBe(403);
  });

  it("shows wirelog's queues with their jobs to an admin: the page, its scripts and its API", async () => {
    const page = await fetch(url('/admin/queues'), { headers: basic(tokens.admin) });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    const html = await page.text();
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(url(`/admin/queues/${script}`), { headers: basic(tokens.admin) });
    expect([asset.status, asset.headers.get('Content-Type')]).toEqual([200, expect.stringMatching(/javascript/)]);
    const api = await fetch(url('/admin/queues/api/queues'), { headers: { Authorization: `Bearer ${tokens.admin}` } });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(queues.map((q) => q.name).sort()).toEqual(['extract-article', 'fetch-article', 'poll-feed']);
    expect(queues.find((q) => q.name === 'fetch-article')?.counts.waiting).toBe(1);
  });

  it('is a 404 where there is no board (embedded mode), still behind the admin token', async () => {
    const plain = await startApiServer(fx.deps, { host: '127.0.0.1', port: 0 });
    try {
      expect((await fetch(`http://127.0.0.1:${plain.port}/admin/queues`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${plain.port}/admin/queues`, { headers: basic(tokens.admin) })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
