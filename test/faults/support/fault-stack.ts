import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPostgresDatabase, type Database } from '@wirelog/db';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from '@wirelog/testing';
import { runWirelog } from '../../support/wirelog-cli';
import { writeFeedsFile } from './feeds-file';
import { roleProcess, type RoleProcess } from './role-process';

/** Every role in its own process, as in production; two fetchers share the work. */
const LAYOUT = [
  ['poller', 'poller'],
  ['fetcher', 'fetcher-1'],
  ['fetcher', 'fetcher-2'],
  ['extractor', 'extractor'],
  ['projector', 'projector'],
  ['api', 'api'],
] as const;

export type RoleName = (typeof LAYOUT)[number][1];

/** Roles that append to the log or schedule work; stopping them leaves the log still. */
const WRITERS: RoleName[] = ['poller', 'fetcher-1', 'fetcher-2', 'extractor'];

export interface FaultStack {
  pg: PrivatePostgres;
  redis: PrivateRedis;
  /** The test's own small pool on the stack's database. */
  database: Database;
  apiUrl: string;
  role(name: RoleName): RoleProcess;
  /** Every exit of a role that nobody asked for. */
  crashes(): string[];
  /** Every crash, then the end of every role's output: for a failure message. */
  tails(): string;
  /** SIGTERM to every role that writes (poller, fetchers, extractor): the exit codes by role. */
  stopWriters(): Promise<Record<string, number | null>>;
  close(): Promise<void>;
}

export interface FaultStackOptions {
  feedUrls: string[];
  /** Poll interval of every feed; 10s is the shortest the feeds file accepts. */
  interval?: string;
}

/**
 * A services-mode wirelog on a private PostgreSQL and Redis, each role a
 * `wirelog worker` process: what a fault test kills, restarts and checks.
 */
export async function startFaultStack(options: FaultStackOptions): Promise<FaultStack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-faults-'));
  const [pg, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  const database = createPostgresDatabase(pg.url, { max: 3, onError: () => undefined });
  // the services-mode environment of every role (each adds its PORT)
  const env = {
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    WIRELOG_FEEDS: writeFeedsFile(dir, options.feedUrls, options.interval),
    WIRELOG_HOST: '127.0.0.1',
    WIRELOG_RECONCILE_INTERVAL: '2s',
    LOG_LEVEL: 'warn',
  };
  const roles = new Map<RoleName, RoleProcess>();
  const close = async () => {
    await Promise.all([...roles.values()].map((r) => r.kill9()));
    await database.close();
    await Promise.all([pg.stop(), redis.stop()]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const migrated = await runWirelog(['migrate'], env);
    if (migrated.code !== 0) throw new Error(`wirelog migrate failed:\n${migrated.stderr}`);
    for (const [role, name] of LAYOUT) roles.set(name, await roleProcess(role, name, env));
    await Promise.all([...roles.values()].map((r) => r.start()));
  } catch (error) {
    await close();
    throw error;
  }
  const role = (name: RoleName) => roles.get(name)!;
  return {
    pg,
    redis,
    database,
    apiUrl: `http://127.0.0.1:${role('api').port}`,
    role,
    crashes: () => [...roles.values()].flatMap((r) => r.crashes),
    tails: () => [...[...roles.values()].flatMap((r) => r.crashes), ...[...roles.values()].map((r) => `--- ${r.name}\n${r.tail()}`)].join('\n'),
    async stopWriters() {
      const codes = await Promise.all(WRITERS.map((name) => role(name).stop()));
      return Object.fromEntries(WRITERS.map((name, i) => [name, codes[i]!]));
    },
    close,
  };
}
