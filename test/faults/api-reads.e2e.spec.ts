import { expect, it } from 'vitest';
import { describeWithPrivateServers } from '@wirelog/testing';
import { hammerApi } from './support/api-hammer';
import { expectCleanEnd } from './support/expect-clean-end';
import { outcomeOf } from './support/fault-outcome';
import { useFaultStack } from './support/use-fault-stack';

/** SPEC §9: a busy API must neither fail its readers nor hold ingest back. */
describeWithPrivateServers('fault: the API hammered with reads during ingest', () => {
  const run = useFaultStack({ perFeed: 100, pageDelayMs: 50 });

  it('answers every read of 8 concurrent clients, and ingest of 500 articles completes', { timeout: 240_000 }, async () => {
    const { site, stack } = run;
    const stop = new AbortController();
    const started = Date.now();
    const load = hammerApi(stack.apiUrl, { clients: 8, stop: stop.signal, maxSeconds: 180, maxRequests: 50_000 });
    try {
      const outcome = await outcomeOf(stack.database, site.articleUrls(), { name: 'api-read-load', at: started, timeoutMs: 150_000, context: stack.tails });
      expect(outcome).toMatchObject({ expected: 500, extracted: 500, lost: 0, duplicated: 0, duplicateExamples: [], versionGaps: [] });
    } finally {
      stop.abort();
    }
    const reads = await load;
    console.log(`api-read-load: ${reads.requests} reads, ${reads.failures.length} failed`);
    expect(reads.failures).toEqual([]);
    expect(reads.requests).toBeGreaterThan(500);
    await expectCleanEnd(stack);
  });
});
