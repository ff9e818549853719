import { afterAll, beforeAll } from 'vitest';
import { startArticleSite, type ArticleSite } from '../../support/article-site';
import { startFaultStack, type FaultStack } from './fault-stack';

export interface FaultRun {
  readonly site: ArticleSite;
  readonly stack: FaultStack;
}

/**
 * The hooks of a fault file: before its tests a local site (`feeds` feeds of
 * `perFeed` articles) and a stack ingesting it; after them both are gone.
 */
export function useFaultStack(options: { perFeed: number; feeds?: number; pageDelayMs: number; interval?: string }): FaultRun {
  const run = {} as { site: ArticleSite; stack: FaultStack };
  beforeAll(async () => {
    run.site = await startArticleSite(options.perFeed, { feeds: options.feeds ?? 5, pageDelayMs: options.pageDelayMs });
    run.stack = await startFaultStack({ feedUrls: run.site.feedUrls, interval: options.interval });
  });
  afterAll(async () => {
    await run.stack?.close();
    await run.site?.close();
  });
  return run;
}
