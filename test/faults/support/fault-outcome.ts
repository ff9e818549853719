import type { Database } from '@wirelog/db';
import { extractionProgress, waitForExtraction } from './extraction-progress';
import { duplicatedFacts, streamVersionGaps } from './log-invariants';

export interface FaultOutcome {
  expected: number;
  extracted: number;
  /** Surplus events recording a fact twice. */
  duplicated: number;
  lost: number;
  /** Seconds from the fault until every article was extracted and projected. */
  healSeconds: number;
  duplicateExamples: string[];
  versionGaps: string[];
}

function faultLine(fault: string, o: { expected: number; extracted: number; duplicated: number | string; heal: string }): string {
  return `fault=${fault} expected=${o.expected} extracted=${o.extracted} duplicated=${o.duplicated} lost=${o.expected - o.extracted} heal=${o.heal}`;
}

/**
 * Waits until every article of `urls` is extracted and projected after a
 * fault injected at `faultAt` (ms since the epoch), checks the log, and
 * prints one line `fault=… expected=… extracted=… duplicated=… lost=… heal=…s`,
 * also when the wait times out.
 */
export async function outcomeOf(
  database: Database,
  urls: string[],
  fault: { name: string; at: number; timeoutMs: number; context?: () => string },
): Promise<FaultOutcome> {
  try {
    const progress = await waitForExtraction(database, urls, { timeoutMs: fault.timeoutMs, context: fault.context });
    const healSeconds = (Date.now() - fault.at) / 1000;
    const [duplicates, versionGaps] = await Promise.all([duplicatedFacts(database), streamVersionGaps(database)]);
    console.log(faultLine(fault.name, { ...progress, duplicated: duplicates.count, heal: `${healSeconds.toFixed(1)}s` }));
    return { expected: progress.expected, extracted: progress.extracted, duplicated: duplicates.count, lost: progress.expected - progress.extracted, healSeconds, duplicateExamples: duplicates.examples, versionGaps };
  } catch (error) {
    const progress = await extractionProgress(database, urls).catch(() => ({ expected: urls.length, extracted: 0 }));
    console.log(faultLine(fault.name, { ...progress, duplicated: '?', heal: 'timeout' }));
    throw error;
  }
}
