/**
 * Child process for redis-host-limiter.int.spec.ts: waits at the server's barrier,
 * then takes the same host's turn N times, sending one request per turn.
 * argv: redisUrl prefix serverUrl host count intervalMs name
 */
import { Redis } from 'ioredis';
import { RedisHostLimiter } from './redis-host-limiter';
import { takeHostTurn } from './take-host-turn';

const [redisUrl = '', prefix = '', serverUrl = '', host = '', count = '0', interval = '0', name = ''] = process.argv.slice(2);
const redis = new Redis(redisUrl);
const limiter = new RedisHostLimiter(redis, { prefix });
await fetch(`${serverUrl}/ready?who=${name}`).then((r) => r.text());
for (let i = 0; i < Number(count); i++) {
  await takeHostTurn(limiter, host, { ticket: `${name}-${i}`, minIntervalMs: Number(interval), maxWaitMs: 60_000 });
  await fetch(`${serverUrl}/hit?who=${name}`).then((r) => r.text());
}
redis.disconnect();
