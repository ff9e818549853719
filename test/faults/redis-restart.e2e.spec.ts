import { setTimeout as sleep } from 'node:timers/promises';
import { describeMidIngestFault } from './support/mid-ingest-fault';

/** SPEC §2, §9: a lost Redis (jobs, schedules, politeness state) heals from the log. */
describeMidIngestFault('Redis killed mid-ingest and restarted empty', {
  name: 'redis-restart-empty',
  async inject(stack) {
    await stack.redis.kill9();
    await sleep(1000);
    await stack.redis.restartEmpty();
  },
});
