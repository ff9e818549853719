import type { Redis } from 'ioredis';
import { STALE_TICKET_MS, hostKey, type HostLimiter } from './host-limiter';

/*
 * `claimTurn` (host-turns.ts) as one atomic script, on Redis's clock (the one
 * clock every worker shares). KEYS[1]: hash {last, until}; KEYS[2]: booked
 * tickets (zset ticket → slot). ARGV: mode, ticket, interval (claim) or delay
 * (defer), jumpQueue, stale ms. Both keys expire a minute after the last
 * thing they hold.
 */
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '-1e15')
local untilMs = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
local function keep(horizon)
  local lastSlot = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')[2]
  local at = math.max(horizon, untilMs, tonumber(lastSlot or '0')) + 60000
  redis.call('PEXPIREAT', KEYS[1], at)
  redis.call('PEXPIREAT', KEYS[2], at)
end
if ARGV[1] == 'defer' then
  untilMs = math.max(untilMs, now + tonumber(ARGV[3]))
  redis.call('HSET', KEYS[1], 'until', untilMs)
  keep(now)
  return 0
end
local ticket = ARGV[2]
local interval = tonumber(ARGV[3])
local jump = ARGV[4] == '1'
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (now - tonumber(ARGV[5])))
local free = math.max(last + interval, untilMs)
local mine = tonumber(redis.call('ZSCORE', KEYS[2], ticket))
if mine then redis.call('ZREM', KEYS[2], ticket) end
local first = tonumber(redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')[2] or '1e300')
local lastBooked = tonumber(redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')[2] or '-1e300')
local due = nil
if mine then
  due = math.max(mine, free)
elseif jump or first >= now + interval then
  due = free
end
if due and now >= due then
  redis.call('HSET', KEYS[1], 'last', now)
  last = now
  keep(now + interval)
  return 0
end
if jump then return math.max(1, free - now) end
if mine and due - math.max(mine, now) <= interval then
  redis.call('ZADD', KEYS[2], mine, ticket)
  keep(now)
  return math.max(1, due - now)
end
local slot = math.max(now, free, lastBooked + interval)
redis.call('ZADD', KEYS[2], slot, ticket)
keep(now)
return math.max(1, slot - now)
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

  async claim(host: string, ticket: string, minIntervalMs: number, options: { jumpQueue?: boolean } = {}): Promise<number> {
    const interval = Math.max(0, Math.ceil(minIntervalMs));
    return Number(await this.redis.eval(SCRIPT, 2, ...this.keys(host), 'claim', ticket, interval, options.jumpQueue ? '1' : '0', STALE_TICKET_MS));
  }

  /** The until time is turned into a delay here so the script can apply it on Redis's clock. */
  async deferHost(host: string, untilEpochMs: number): Promise<void> {
    const delay = Math.ceil(untilEpochMs - Date.now());
    if (delay > 0) await this.redis.eval(SCRIPT, 2, ...this.keys(host), 'defer', '', delay, '0', STALE_TICKET_MS);
  }

  keys(host: string): [string, string] {
    const base = `${this.options.prefix}:host:${hostKey(host)}`;
    return [base, `${base}:tickets`];
  }
}
