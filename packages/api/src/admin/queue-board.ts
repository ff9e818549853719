import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { Queue } from 'bullmq';
import type { Hono } from 'hono';
import { Redis } from 'ioredis';
import { jobNames } from '@wirelog/queue';
import type { ApiLogger } from '../api-deps';

export const QUEUE_BOARD_PATH = '/admin/queues';

export interface QueueBoard {
  /** bull-board's page, its static files and its JSON API, to mount at `QUEUE_BOARD_PATH`. */
  app: Hono;
  close(): Promise<void>;
}

/**
 * bull-board over wirelog's BullMQ queues (services mode): counts, jobs,
 * failures with their stack, retry and clean. Its own Redis connection, so the
 * dashboard never competes with the queue's workers for one.
 */
export function createQueueBoard(options: { redisUrl: string; prefix: string; logger: ApiLogger }): QueueBoard {
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err: Error) => options.logger.error({ err }, 'queue board: redis connection error'));
  const queues = jobNames.map((name) => new Queue(name, { connection, prefix: options.prefix }));
  const adapter = new HonoAdapter(serveStatic).setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: adapter, options: { uiConfig: { boardTitle: 'wirelog queues' } } });
  return {
    app: adapter.registerPlugin(),
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()));
      await connection.quit();
    },
  };
}
