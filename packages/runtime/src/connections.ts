import path from 'node:path';
import { Redis } from 'ioredis';
import { assertSchemaCurrent, createPgliteDatabase, createPostgresDatabase, migrate, type Database } from '@wirelog/db';
import { createBullQueue, createMemoryQueue, type JobQueue } from '@wirelog/queue';
import type { Config } from './config';
import type { Logger } from './logger';

export interface Connections {
  database: Database;
  queue: JobQueue;
  /** Set in services mode: shared state across workers (per-host politeness). */
  redis?: Redis;
  close(): Promise<void>;
}

/**
 * Picks the runtime of SPEC §3: Postgres or PGlite, BullMQ or the in-process
 * queue. Embedded mode migrates its own database; a service refuses to start
 * on an old schema (`wirelog migrate` is the operator's step).
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
  const queueLogger = logger.child({ component: 'queue' });
  const queue = config.redisUrl ? createBullQueue({ redisUrl: config.redisUrl, prefix: config.queuePrefix, logger: queueLogger }) : createMemoryQueue({ logger: queueLogger });
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false }) : undefined;
  redis?.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
  return {
    database,
    queue,
    redis,
    async close() {
      await queue.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
