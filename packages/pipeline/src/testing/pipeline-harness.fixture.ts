import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventStore, type EventType, type StoredEvent } from '@wirelog/event-store';
import {
  MemoryHostLimiter,
  MissingFeedCredentialsError,
  feedCredentialsFrom,
  formatProblem,
  loadFeedsConfig,
  RedisHostLimiter,
  type FeedConfig,
  type FeedCredentials,
  type FetchOptions,
  type HostLimiter,
} from '@wirelog/feeds';
import { createBullQueue, createMemoryQueue, type JobQueue } from '@wirelog/queue';
import type { Logger } from '@wirelog/runtime';
import { describeWithServers, freshRedisPrefix, openPglite, openPostgres, type FreshRedisPrefix, type TestDatabase } from '@wirelog/testing';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, onTestFinished } from 'vitest';
import type { PipelineDeps } from '../pipeline-deps';
import { drainOwedWork } from '../reconciler/drain-owed-work';
import { startProjector } from '../roles';
import { startFeedSite, type FeedSite } from './feed-server.fixture';

export type RuntimeKind = 'memory' | 'services';

export interface HarnessOptions {
  /** deps.now and the host limiter follow a clock the test moves by hand. */
  fakeClock?: boolean;
  fetchOptions?: Partial<FetchOptions>;
  logger?: Logger;
}

export interface Harness {
  kind: RuntimeKind;
  deps: PipelineDeps;
  clock: { now: Date; advance(ms: number): void };
  /** Every event in log order, optionally of some types only. */
  events<T extends EventType>(...types: T[]): Promise<StoredEvent<T>[]>;
  /** Projects everything appended so far into the read tables. */
  project(): Promise<void>;
  /** Runs every owed fetch and extraction to completion (register the handlers first: startFetcher, startExtractor). */
  drain(): Promise<void>;
  rows<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Every row of every table and, on Redis, every key and value under the queue's prefix, as text: where a secret must never be. */
  stored(): Promise<string>;
  close(): Promise<void>;
}

export type OpenHarness = (options?: HarnessOptions) => Promise<Harness>;

/** Credentials when there is no feeds file: a test polling a feed with some sets `feedCredentialsFrom(its file)`. */
export const noFeedsFile: FeedCredentials = (feedId) => Promise.reject(new MissingFeedCredentialsError(feedId));

/** Retry backoffs shrunk so a retried job runs within milliseconds. */
const BACKOFF_SCALE = 0.001;

/**
 * Runs a suite on embedded PGlite + in-process queue always, and on Postgres +
 * BullMQ + the Redis host limiter when DATABASE_URL and REDIS_URL are set.
 */
export function describeEachRuntime(name: string, suite: (open: OpenHarness, kind: RuntimeKind) => void): void {
  describe(`${name} [pglite+memory]`, () => suite((options) => openHarness('memory', name, options), 'memory'));
  describeWithServers(`${name} [postgres+bullmq]`, () => suite((options) => openHarness('services', name, options), 'services'));
}

export async function openHarness(kind: RuntimeKind, label: string, options: HarnessOptions = {}): Promise<Harness> {
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  let db: TestDatabase | undefined;
  let space: FreshRedisPrefix | undefined;
  let redis: Redis | undefined;
  let queue: JobQueue;
  let hostLimiter: HostLimiter;
  if (kind === 'memory') {
    db = await openPglite();
    queue = createMemoryQueue({ backoffScale: BACKOFF_SCALE });
    hostLimiter = new MemoryHostLimiter();
  } else {
    db = await openPostgres(`pipe-${label}`)();
    space = freshRedisPrefix('pipeline');
    redis = new Redis(space.url, { maxRetriesPerRequest: 1 });
    queue = createBullQueue({ redisUrl: space.url, prefix: space.prefix, backoffScale: BACKOFF_SCALE });
    hostLimiter = new RedisHostLimiter(redis, { prefix: `${space.prefix}:host` });
  }
  // a fake clock must drive politeness too, or a Retry-After deferral would block for real
  if (options.fakeClock) hostLimiter = new MemoryHostLimiter(() => clock.now.getTime());
  const database = db.database;
  const deps: PipelineDeps = {
    database,
    store: new EventStore(database),
    queue,
    hostLimiter,
    logger: options.logger ?? pino({ level: 'silent' }),
    fileRoot: process.cwd(),
    feedCredentials: noFeedsFile,
    fetchOptions: options.fetchOptions,
    now: options.fakeClock ? () => clock.now : undefined,
  };
  let projector: Awaited<ReturnType<typeof startProjector>> | undefined;
  return {
    kind,
    deps,
    clock,
    async events<T extends EventType>(...types: T[]) {
      const { rows } = await database.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
      const all = await deps.store.readAll({ limit: Number(rows[0]?.n ?? 0) + 1, types: types.length > 0 ? types : undefined });
      return all as StoredEvent<T>[];
    },
    async project() {
      projector ??= await startProjector(deps);
      await projector.catchUp();
    },
    async drain() {
      projector ??= await startProjector(deps);
      await drainOwedWork(deps, projector);
    },
    async rows<R>(sql: string, params?: unknown[]) {
      return (await database.query<R>(sql, params)).rows;
    },
    async stored() {
      const { rows: tables } = await database.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const text: string[] = [];
      for (const { name } of tables) text.push(...(await database.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`)).rows.map((r) => r.row));
      if (redis && space) text.push(...(await redisValues(redis, space.prefix)));
      return text.join('\n');
    },
    async close() {
      await projector?.stop();
      await queue.close();
      redis?.disconnect();
      await db?.close();
      await space?.cleanup();
    },
  };
}

async function redisValues(redis: Redis, prefix: string): Promise<string[]> {
  const values: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) values.push(key, JSON.stringify(await redisValue(redis, key)));
  } while (cursor !== '0');
  return values;
}

async function redisValue(redis: Redis, key: string): Promise<unknown> {
  switch (await redis.type(key)) {
    case 'string':
      return redis.get(key);
    case 'hash':
      return redis.hgetall(key);
    case 'list':
      return redis.lrange(key, 0, -1);
    case 'set':
      return redis.smembers(key);
    case 'zset':
      return redis.zrange(key, '0', '-1');
    case 'stream':
      return redis.xrange(key, '-', '+');
    default:
      return null;
  }
}

/** A feed as the feeds file would give it, loopback allowed (the test site is local). */
export function feedConfig(id: string, url: string, overrides: Partial<FeedConfig> = {}): FeedConfig {
  return { id, url, intervalMs: 60_000, hostIntervalMs: 0, fetchArticles: true, tags: [], enabled: true, allowPrivate: true, ...overrides };
}

/** A harness and a local news site on 127.0.0.1, both closed when the test finishes. */
export async function openWithSite(open: OpenHarness, options: HarnessOptions = {}): Promise<{ h: Harness; site: FeedSite }> {
  const h = await open(options);
  const site = await startFeedSite();
  onTestFinished(async () => {
    await site.close();
    await h.close();
  });
  return { h, site };
}

export interface FeedsFile {
  file: string;
  /** Writes the file, as an operator's edit, and returns its feeds as the poller loads them. */
  write(yaml: string): Promise<FeedConfig[]>;
}

/** A feeds file in a folder removed after the test; the harness reads feed credentials from it, as every role reads its own. */
export async function openFeedsFile(h: Harness): Promise<FeedsFile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wirelog-feeds-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'feeds.yaml');
  h.deps.feedCredentials = feedCredentialsFrom(file);
  return {
    file,
    async write(yaml) {
      await writeFile(file, yaml);
      const loaded = await loadFeedsConfig(file);
      if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
      return loaded.config.feeds;
    },
  };
}
