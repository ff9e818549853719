import { describe } from 'vitest';
import { missingPrivateServerBinaries } from './private-binaries';

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

/**
 * `missing` names what the suite lacks, or nothing. Evaluated when a suite is
 * declared, so merely importing this module warns about nothing.
 */
export function gate(missing: () => string | undefined, needs = 'it'): Suite {
  return (name, fn) => {
    const lack = missing();
    if (!lack) return describe(name, fn);
    if (required) throw new Error(`${lack} but WIRELOG_REQUIRE_SERVERS=1: server tests must run`);
    if (!warned.has(lack)) {
      warned.add(lack);
      console.warn(`[wirelog tests] ${lack}: skipping tests that need ${needs}`);
    }
    return describe.skip(name, fn);
  };
}

const unset = (variable: string, url: string | undefined) => (url ? undefined : `${variable} not set`);

/** `describe` when DATABASE_URL is set, otherwise a skipped block. */
export const describeWithPostgres = gate(() => unset('DATABASE_URL', postgresUrl));
/** `describe` when REDIS_URL is set, otherwise a skipped block. */
export const describeWithRedis = gate(() => unset('REDIS_URL', redisUrl));
/** `describe` when both servers are configured. */
export const describeWithServers = gate(() => unset('DATABASE_URL and REDIS_URL', postgresUrl && redisUrl));
/**
 * Like `describeWithServers`, and the machine can also start servers of the
 * test's own (`startPrivatePostgres`, `startPrivateRedis`) to kill and restart.
 */
export const describeWithPrivateServers: Suite = (name, fn) => {
  if (!postgresUrl || !redisUrl) return describeWithServers(name, fn);
  const missing = missingPrivateServerBinaries();
  return gate(() => (missing.length > 0 ? `${missing.join(' and ')} not found` : undefined), 'private servers')(name, fn);
};
