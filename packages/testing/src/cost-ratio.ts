async function elapsed(run: () => unknown): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

export interface CostRatios {
  /** Milliseconds of the baseline (best of two runs). */
  baselineMs: number;
  /** The cases above the ratio, as `name: 4.2x`. */
  slow: string[];
}

/**
 * Times each case against a baseline of the same input size, in the same run, so the
 * figure is a ratio on this machine rather than a wall-clock limit. A case over the ratio
 * is timed once more and keeps its better run: one GC pause or busy neighbour is not the algorithm.
 */
export async function costRatios(maxRatio: number, baseline: () => unknown, cases: Record<string, () => unknown>): Promise<CostRatios> {
  const baselineMs = Math.min(await elapsed(baseline), await elapsed(baseline));
  const slow: string[] = [];
  for (const [name, run] of Object.entries(cases)) {
    let ratio = (await elapsed(run)) / baselineMs;
    if (ratio > maxRatio) ratio = Math.min(ratio, (await elapsed(run)) / baselineMs);
    if (ratio > maxRatio) slow.push(`${name}: ${ratio.toFixed(1)}x`);
  }
  return { baselineMs, slow };
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
    const runSmall = build(small);
    const runLarge = build(large);
    const smallMs = Math.min(await elapsed(runSmall), await elapsed(runSmall));
    let ratio = (await elapsed(runLarge)) / smallMs;
    if (ratio > maxRatio) ratio = Math.min(ratio, (await elapsed(runLarge)) / smallMs);
    if (ratio > maxRatio) slow.push(`${name}: ${ratio.toFixed(1)}x for ${large / small}x the input (${smallMs.toFixed(0)} ms at ${small})`);
  }
  return slow;
}
