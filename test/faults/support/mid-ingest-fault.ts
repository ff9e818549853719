import { expect, it } from 'vitest';
import { describeWithPrivateServers } from '@wirelog/testing';
import { expectCleanEnd } from './expect-clean-end';
import { waitForExtraction } from './extraction-progress';
import { outcomeOf } from './fault-outcome';
import type { FaultStack } from './fault-stack';
import { useFaultStack } from './use-fault-stack';

/**
 * A fault file: a stack ingests 300 articles (5 feeds × 60); once 50 are
 * extracted `inject` strikes, and then every article must end extracted
 * once, the log intact, the read tables equal to a clean rebuild.
 */
export function describeMidIngestFault(title: string, fault: { name: string; inject(stack: FaultStack): Promise<void> }): void {
  describeWithPrivateServers(`fault: ${title}`, () => {
    const run = useFaultStack({ perFeed: 60, pageDelayMs: 200 });

    it('loses nothing, doubles nothing, and ends equal to a clean rebuild', { timeout: 300_000 }, async () => {
      const { site, stack } = run;
      const urls = site.articleUrls();
      const before = await waitForExtraction(stack.database, urls, { timeoutMs: 120_000, until: (p) => p.extracted >= 50, context: stack.tails });
      expect(before.extracted, 'the fault must strike mid-ingest').toBeLessThan(urls.length);
      const at = Date.now();
      await fault.inject(stack);
      const outcome = await outcomeOf(stack.database, urls, { name: fault.name, at, timeoutMs: 120_000, context: stack.tails });
      expect(outcome).toMatchObject({ expected: 300, extracted: 300, lost: 0, duplicated: 0, duplicateExamples: [], versionGaps: [] });
      await expectCleanEnd(stack);
    });
  });
}
