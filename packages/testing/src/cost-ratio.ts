/** A run shorter than this is repeated: a 3 ms measurement is mostly timer and scheduler noise. */
const MIN_SAMPLE_MS = 30;

/** Milliseconds per run. */
async function elapsed(run: () => unknown): Promise<number> {
  const t0 = performance.now();
  let runs = 0;
  do {
    await run();
    runs++;
  } while (performance.now() - t0 < MIN_SAMPLE_MS);
  return (performance.now() - t0) / runs;
}

/**
 * `case / baseline` time, each the best of its runs. A ratio over `maxRatio` is measured again
 * (both sides, up to three times): tests run beside other work, and one GC pause or busy
 * neighbour is not the algorithm, while a real quadratic stays over the line on every run.
 */
async function bestRatio(maxRatio: number, baseline: () => unknown, run: () => unknown): Promise<{ ratio: number; baselineMs: number }> {
  let baselineMs = Math.min(await elapsed(baseline), await elapsed(baseline));
  let runMs = await elapsed(run);
  for (let retry = 0; retry < 3 && runMs / baselineMs > maxRatio; retry++) {
    baselineMs = Math.min(baselineMs, await elapsed(baseline));
    runMs = Math.min(runMs, await elapsed(run));
  }
  return { ratio: runMs / baselineMs, baselineMs };
}

export interface CostRatios {
  /** Milliseconds of the baseline (best run). */
  baselineMs: number;
  /** The cases above the ratio, as `name: 4.2x`. */
  slow: string[];
}

/**
 * Times each case against a baseline of the same input size, in the same run, so the
 * figure is a ratio on this machine rather than a wall-clock limit.
 */
export async function costRatios(maxRatio: number, baseline: () => unknown, cases: Record<string, () => unknown>): Promise<CostRatios> {
  let best = Number.POSITIVE_INFINITY;
  const slow: string[] = [];
  for (const [name, run] of Object.entries(cases)) {
    const { ratio, baselineMs } = await bestRatio(maxRatio, baseline, run);
    best = Math.min(best, baselineMs);
    if (ratio > maxRatio) slow.push(`${name}: ${ratio.toFixed(1)}x`);
  }
  return { baselineMs: best, slow };
}

/**
 * Checks that cost grows linearly with input size: each case builds its input at two
 * sizes (`large` = 4 × `small`) and the larger may take at most `maxRatio` times as long
 * (linear: 4x; quadratic: 16x). Inputs are built before the clock starts.
 */
export async function costGrowth(
  maxRatio: number,
  [small, large]: [number, number],
  cases: Record<string, (size: number) => () => unknown>,
): Promise<string[]> {
  const slow: string[] = [];
  for (const [name, build] of Object.entries(cases)) {
    const { ratio, baselineMs } = await bestRatio(maxRatio, build(small), build(large));
    if (ratio > maxRatio) slow.push(`${name}: ${ratio.toFixed(1)}x for ${large / small}x the input (${baselineMs.toFixed(0)} ms at ${small})`);
  }
  return slow;
}
