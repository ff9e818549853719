import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withPgClient } from './pg-client';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';
import { describeWithPrivateServers } from './servers';

describeWithPrivateServers('startPrivatePostgres', () => {
  let server: PrivatePostgres;
  beforeAll(async () => void (server = await startPrivatePostgres()));
  afterAll(() => server?.stop());

  const identity = () =>
    withPgClient(server.url, async (client) => {
      const { rows } = await client.query<{ backend: number; started: string }>('SELECT pg_backend_pid() AS backend, pg_postmaster_start_time()::text AS started');
      return rows[0]!;
    });
  const keptTotal = () => withPgClient(server.url, async (client) => (await client.query<{ total: number }>('SELECT sum(n)::int AS total FROM kept')).rows[0]!.total);

  async function connected(): Promise<{ client: pg.Client; ended: Promise<Error> }> {
    const client = new pg.Client({ connectionString: server.url });
    const ended = new Promise<Error>((resolve) => client.on('error', resolve));
    await client.connect();
    return { client, ended };
  }

  it('serves on loopback with its own port, never the shared 5432', async () => {
    expect(server.url).toBe(`postgres://postgres@127.0.0.1:${server.port}/postgres`);
    expect(server.port).not.toBe(5432);
    expect(server.urlOf('other')).toBe(`postgres://postgres@127.0.0.1:${server.port}/other`);
    await withPgClient(server.url, (client) => client.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2)'));
  });

  it('restart({ mode: "fast" }) ends every session and keeps the data', async () => {
    const before = await identity();
    const { client, ended } = await connected();
    await server.restart({ mode: 'fast' });
    expect((await ended).message).toMatch(/terminat|Connection/i);
    await client.end().catch(() => undefined);
    const after = await identity();
    expect(after.started).not.toBe(before.started);
    expect(after.backend).not.toBe(before.backend);
    expect(await keptTotal()).toBe(3);
  });

  it('kill9() takes the server down at once; start() recovers the committed data', async () => {
    const before = await identity();
    const { client, ended } = await connected();
    await client.query('INSERT INTO kept VALUES (10)');
    await server.kill9();
    await ended;
    await client.end().catch(() => undefined);
    await expect(identity()).rejects.toThrow(/ECONNREFUSED/);
    await server.start();
    const after = await identity();
    expect(after.started).not.toBe(before.started);
    expect(await keptTotal()).toBe(13);
  });

  it('stop() shuts the server down and deletes its folder', async () => {
    const other = await startPrivatePostgres();
    expect(existsSync(other.dir)).toBe(true);
    await other.stop();
    expect(existsSync(other.dir)).toBe(false);
    await expect(withPgClient(other.url, async () => undefined)).rejects.toThrow(/ECONNREFUSED/);
  });
});
