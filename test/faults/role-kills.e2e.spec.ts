import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { describeWithPrivateServers } from '@wirelog/testing';
import { expectCleanEnd } from './support/expect-clean-end';
import { extractionProgress, waitForExtraction } from './support/extraction-progress';
import { outcomeOf } from './support/fault-outcome';
import type { RoleName } from './support/fault-stack';
import { seededRandom } from './support/seeded-random';
import { useFaultStack } from './support/use-fault-stack';

const FEEDS = 5;
/** One turn per role: each publishes this many new articles per feed and kills the role while they are ingested. */
const PER_TURN = 20;
const KILLS_PER_TURN = 3;
/** Each kill of a turn strikes one of the role's processes, at random. */
const TURNS: { role: string; processes: RoleName[] }[] = [
  { role: 'poller', processes: ['poller'] },
  { role: 'fetcher', processes: ['fetcher-1', 'fetcher-2'] },
  { role: 'extractor', processes: ['extractor'] },
  { role: 'projector', processes: ['projector'] },
  { role: 'api', processes: ['api'] },
];

/** SPEC §9: a killed worker loses nothing; work resumes and the read tables end equal to a clean rebuild. */
describeWithPrivateServers('fault: each role kill -9ed at random moments during ingest', () => {
  const run = useFaultStack({ perFeed: 0, feeds: FEEDS, pageDelayMs: 300 });

  it(`kills every role ${KILLS_PER_TURN} times in turn over ${TURNS.length * PER_TURN * FEEDS} articles`, { timeout: 900_000 }, async () => {
    const { site, stack } = run;
    const random = seededRandom('role-kills');
    for (const [turn, { role, processes }] of TURNS.entries()) {
      const before = turn * PER_TURN * FEEDS;
      site.publish((turn + 1) * PER_TURN);
      const urls = site.articleUrls();
      // the turn's ingest has begun once the next poll has discovered its articles
      await waitForExtraction(stack.database, urls, { timeoutMs: 60_000, until: (p) => p.discovered > before, context: stack.tails });
      let lastKill = 0;
      let midIngest = 0;
      for (let kill = 0; kill < KILLS_PER_TURN; kill++) {
        await sleep(200 + random() * 1500);
        const progress = await extractionProgress(stack.database, urls);
        if (progress.extracted < progress.expected || progress.projected < progress.expected) midIngest++;
        const victim = stack.role(processes[Math.floor(random() * processes.length)]!);
        lastKill = Date.now();
        await victim.kill9();
        await victim.start();
      }
      const outcome = await outcomeOf(stack.database, urls, { name: `kill9-${role}`, at: lastKill, timeoutMs: 180_000, context: stack.tails });
      expect(outcome).toMatchObject({ extracted: urls.length, lost: 0, duplicated: 0, duplicateExamples: [], versionGaps: [] });
      // the first kill at least must hit work in flight, or the turn proved nothing
      expect(midIngest, `kills of the ${role} during ingest`).toBeGreaterThan(0);
    }
    await expectCleanEnd(stack);
  });
});
