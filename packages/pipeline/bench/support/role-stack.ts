import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startPrivatePostgres, startPrivateRedis } from '@wirelog/testing';
import { startWirelog, type WatchedProcess } from './watched-process';

export interface RoleStack {
  /** Each role's process and the port it serves on (the API's, or the ops listener's). */
  roles: { name: string; process: WatchedProcess; port: number }[];
  /** The feeds file the poller follows: rewrite it to add feeds. */
  feedsPath: string;
  /** The number a one-value query on the stack's database returns. */
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Services mode on a private PostgreSQL and Redis, one `wirelog worker`
 * process per role (`fetchers` of them fetch), over the given feeds file text.
 */
export async function startRoleStack(feedsYaml: string, options: { fetchers: number; api?: boolean }): Promise<RoleStack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-bench-stack-'));
  const [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  const client = new pg.Client({ connectionString: postgres.url });
  const roles: RoleStack['roles'] = [];
  const close = async () => {
    await Promise.all(roles.map((r) => r.process.stop()));
    await client.end().catch(() => undefined);
    await Promise.all([postgres.stop(), redis.stop()]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeFileSync(path.join(dir, 'feeds.yaml'), feedsYaml);
    const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, WIRELOG_FEEDS: path.join(dir, 'feeds.yaml'), PORT: '0', WIRELOG_RECONCILE_INTERVAL: '10s' };
    if ((await startWirelog(['migrate'], env).exited) !== 0) throw new Error('wirelog migrate failed');
    await client.connect();
    const names = ['projector', 'extractor', ...Array.from({ length: options.fetchers }, (_, i) => `fetcher-${i + 1}`), ...(options.api ? ['api'] : []), 'poller'];
    for (const name of names) {
      const process = startWirelog(['worker', name.replace(/-\d+$/, '')], env);
      const role = { name, process, port: 0 };
      roles.push(role);
      const [, port] = await process.waitFor(/"port":(\d+)[^\n]*"msg":"wirelog running"/, 120_000);
      role.port = Number(port);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    roles,
    feedsPath: path.join(dir, 'feeds.yaml'),
    count: async (sql) => Number(Object.values((await client.query(sql)).rows[0] ?? {})[0] ?? 0),
    close,
  };
}

/**
 * Polls `done` every second until it holds twice in a row; resolves with the
 * seconds until it first held (of that streak). Rejects after `timeoutMs`.
 */
export async function settle(done: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  let heldSince: number | undefined;
  let streak = 0;
  while (streak < 2) {
    if (performance.now() - started > timeoutMs) throw new Error(`not settled within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const held = await done();
    streak = held ? streak + 1 : 0;
    if (streak === 1) heldSince = performance.now();
  }
  return ((heldSince ?? performance.now()) - started) / 1000;
}
