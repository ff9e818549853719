import { describe, expect, it } from 'vitest';
import { normalText, pathologicalTexts } from '../test/hostile-texts';
import { extract } from './extract';

const SIZE = 1_000_000;
const MAX_RATIO = 3;

function time(text: string): number {
  const t0 = performance.now();
  extract(text);
  return performance.now() - t0;
}

/** A slow run is timed again: one GC pause or busy neighbour is not the algorithm. */
function ratioTo(normal: number, text: string): number {
  const first = time(text) / normal;
  return first <= MAX_RATIO ? first : Math.min(first, time(text) / normal);
}

describe('extract on pathological text (SPEC §9: input decides data, never cost)', () => {
  it('takes at most 3x the time of normal text of the same size (1 MB), for every pathological shape', () => {
    extract(normalText(20_000)); // warm up
    const normal = Math.min(time(normalText(SIZE)), time(normalText(SIZE)));
    const ratios = Object.entries(pathologicalTexts(SIZE)).map(([name, text]) => [name, ratioTo(normal, text)] as const);
    const slow = ratios.filter(([, ratio]) => ratio > MAX_RATIO).map(([name, ratio]) => `${name}: ${ratio.toFixed(1)}x`);
    expect(slow, `normal text: ${normal.toFixed(0)} ms for ${SIZE} characters`).toEqual([]);
  }, 120_000);
});
