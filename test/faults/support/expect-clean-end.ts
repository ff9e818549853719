import { expect } from 'vitest';
import { differencesFromCleanRebuild } from './clean-rebuild';
import type { FaultStack } from './fault-stack';

/**
 * The end of every fault run: each writing role shuts down gracefully on
 * SIGTERM (exit 0), no role ever died by itself, and with the log still every
 * read table equals a clean rebuild of a copy of the log.
 */
export async function expectCleanEnd(stack: FaultStack): Promise<void> {
  const exitCodes = await stack.stopWriters();
  expect(exitCodes, stack.tails()).toEqual({ poller: 0, 'fetcher-1': 0, 'fetcher-2': 0, extractor: 0 });
  expect(stack.crashes()).toEqual([]);
  expect(await differencesFromCleanRebuild(stack.pg, stack.database, stack.pg.url)).toEqual([]);
}
