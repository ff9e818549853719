import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPrivateRedis, type PrivateRedis } from './private-redis';
import { describeWithPrivateServers } from './servers';

describeWithPrivateServers('startPrivateRedis', () => {
  let server: PrivateRedis;
  let client: Redis;
  beforeAll(async () => {
    server = await startPrivateRedis();
    // like the workers' connections: waits out a restart instead of failing
    client = new Redis(server.url, { maxRetriesPerRequest: null, retryStrategy: () => 50 });
  });
  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  const refused = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(false)));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
  const runId = async () => /run_id:(\w+)/.exec(await client.info('server'))![1]!;

  it('serves on loopback with its own port, never the shared 6379', async () => {
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    expect(server.port).not.toBe(6379);
    expect(await client.ping()).toBe('PONG');
  });

  it('flushAll() empties the running server', async () => {
    const before = await runId();
    await client.set('k', 'v');
    await server.flushAll();
    expect(await client.dbsize()).toBe(0);
    expect(await runId()).toBe(before);
  });

  it('kill9() takes it down; restartEmpty() brings a new, empty server up on the same port', async () => {
    const before = await runId();
    await client.set('k', 'v');
    await server.kill9();
    await expect(refused(server.port)).resolves.toBe(true);
    await server.restartEmpty();
    expect(await client.get('k')).toBeNull(); // the same client reconnected to a new server
    expect(await runId()).not.toBe(before);
    expect(await client.dbsize()).toBe(0);
  });

  it('stop() shuts the server down and deletes its folder', async () => {
    const other = await startPrivateRedis();
    expect(existsSync(other.dir)).toBe(true);
    await other.stop();
    expect(existsSync(other.dir)).toBe(false);
    await expect(refused(other.port)).resolves.toBe(true);
  });
});
