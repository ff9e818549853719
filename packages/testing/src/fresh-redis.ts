import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisUrl } from './servers';

export interface FreshRedisPrefix {
  url: string;
  /** Key prefix no other test file uses (BullMQ `prefix`, limiter keys). */
  prefix: string;
  cleanup(): Promise<void>;
}

/** A unique key namespace on the REDIS_URL server, deleted by `cleanup`. */
export function freshRedisPrefix(label = 'test'): FreshRedisPrefix {
  if (!redisUrl) throw new Error('REDIS_URL is not set');
  const url = redisUrl;
  const prefix = `wltest-${label}-${randomBytes(4).toString('hex')}`;
  return {
    url,
    prefix,
    async cleanup() {
      const redis = new Redis(url, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
          cursor = next;
          if (keys.length > 0) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}
