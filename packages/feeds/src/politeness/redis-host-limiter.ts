import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { hostKey, type HostLimiter } from './host-limiter';

/*
 * Reserves the host's next free slot atomically. Redis TIME is the one clock every
 * worker shares; the key lives a little longer than the reservation it holds.
 * KEYS[1] host key; ARGV[1] interval ms (acquire) or delay ms (defer); ARGV[2] mode.
 */
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local stored = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = math.max(0, tonumber(ARGV[1]))
if ARGV[2] == 'defer' then
  local untilMs = math.max(stored, now + amount)
  redis.call('SET', KEYS[1], untilMs, 'PX', untilMs - now + 60000)
  return 0
end
local slot = math.max(now, stored)
redis.call('SET', KEYS[1], slot + amount, 'PX', slot + amount - now + 60000)
return slot - now
`;

export interface RedisHostLimiterOptions {
  /** Key namespace, e.g. the deployment's BullMQ prefix. */
  prefix: string;
}

/** Per-host politeness shared by every worker and process using the same Redis. */
export class RedisHostLimiter implements HostLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisHostLimiterOptions,
  ) {}

  async acquire(host: string, minIntervalMs: number): Promise<void> {
    const wait = await this.reserve(host, minIntervalMs);
    if (wait > 0) await sleep(wait);
  }

  /** The until time is turned into a delay here so the script can apply it on Redis's clock. */
  async deferHost(host: string, untilEpochMs: number): Promise<void> {
    const delay = Math.ceil(untilEpochMs - Date.now());
    if (delay > 0) await this.redis.eval(SCRIPT, 1, this.key(host), delay, 'defer');
  }

  /** Reserves the host's next slot and returns the milliseconds to wait for it. */
  async reserve(host: string, minIntervalMs: number): Promise<number> {
    return Number(await this.redis.eval(SCRIPT, 1, this.key(host), Math.ceil(minIntervalMs), 'acquire'));
  }

  key(host: string): string {
    return `${this.options.prefix}:host-slot:${hostKey(host)}`;
  }
}
