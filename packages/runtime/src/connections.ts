import path from 'node:path';
import { Redis } from 'ioredis';
import { assertSchemaCurrent, createPgliteDatabase, createPostgresDatabase, migrate, type Database } from '@wirelog/db';
import { createBullQueue, createMemoryQueue, type JobQueue } from '@wirelog/queue';
import type { Config } from './config';
import { recordJobFailure } from './dead-letter';
import type { Logger } from './logger';
import { observeQueue, recordAttempt } from './queue-metrics';

/**
 * A worker killed with -9 holds its jobs until their lock expires; they run
 * elsewhere within lock + check interval (20 s rather than BullMQ's 60 s). A
 * lock is renewed every half duration, so no job may block its event loop
 * for 15 s (text processing is linear and capped, so none does).
 */
const JOB_LOCKS = { lockDurationMs: 15_000, stalledIntervalMs: 5_000 };

export interface Connections {
  database: Database;
  queue: JobQueue;
  /** Set in services mode: shared state across workers (per-host politeness). */
  redis?: Redis;
  /** Calls `listener` whenever the queue's Redis connection is ready again (its data may be gone). */
  onQueueReconnect(listener: () => void): void;
  /** Closes the queue (running jobs get the shutdown deadline to finish, then are handed back), then Redis and the database. */
  close(): Promise<void>;
}

/**
 * Picks the runtime of SPEC §3: Postgres or PGlite, BullMQ or the in-process
 * queue. Embedded mode migrates its own database; a service refuses to start
 * on an old schema (`wirelog migrate` is the operator's step). Jobs the queue
 * gives up on are recorded in `job_failures`; attempts and queue depth are metrics.
 */
export async function openConnections(config: Config, logger: Logger): Promise<Connections> {
  const database = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl, { onError: (error) => logger.warn({ err: error }, 'postgres connection error') })
    : await createPgliteDatabase(path.join(config.dataDir, 'pgdata'));
  try {
    if (database.kind === 'pglite') await migrate(database);
    else await assertSchemaCurrent(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const reconnectListeners: (() => void)[] = [];
  const options = { logger: logger.child({ component: 'queue' }), onJobFailed: recordJobFailure(database), onAttempt: recordAttempt };
  const queue = config.redisUrl
    ? createBullQueue({ ...options, redisUrl: config.redisUrl, prefix: config.queuePrefix, stalls: JOB_LOCKS, onReconnect: () => reconnectListeners.forEach((listener) => listener()) })
    : createMemoryQueue(options);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false }) : undefined;
  redis?.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
  const unobserve = observeQueue(queue);
  return {
    database,
    queue,
    redis,
    onQueueReconnect: (listener) => void reconnectListeners.push(listener),
    async close() {
      unobserve();
      await queue.close({ deadlineMs: config.shutdownTimeoutMs });
      redis?.disconnect();
      await database.close();
    },
  };
}
