import { describe } from 'vitest';

/**
 * Tests that need a real server run only when its URL is set. CI sets
 * WIRELOG_REQUIRE_SERVERS=1, which turns a missing URL into a failure instead
 * of a silent skip.
 */
const required = process.env.WIRELOG_REQUIRE_SERVERS === '1';
const warned = new Set<string>();

export const postgresUrl = process.env.DATABASE_URL || undefined;
export const redisUrl = process.env.REDIS_URL || undefined;

type Suite = (name: string, fn: () => void) => void;

/** Evaluated when a suite is declared, so merely importing this module warns about nothing. */
function gate(variable: string, url: () => string | undefined): Suite {
  return (name, fn) => {
    if (url()) return describe(name, fn);
    if (required) throw new Error(`${variable} is not set but WIRELOG_REQUIRE_SERVERS=1: server tests must run`);
    if (!warned.has(variable)) {
      warned.add(variable);
      console.warn(`[wirelog tests] ${variable} not set: skipping tests that need it`);
    }
    return describe.skip(name, fn);
  };
}

/** `describe` when DATABASE_URL is set, otherwise a skipped block. */
export const describeWithPostgres = gate('DATABASE_URL', () => postgresUrl);
/** `describe` when REDIS_URL is set, otherwise a skipped block. */
export const describeWithRedis = gate('REDIS_URL', () => redisUrl);
/** `describe` when both servers are configured. */
export const describeWithServers = gate('DATABASE_URL and REDIS_URL', () => postgresUrl && redisUrl);
