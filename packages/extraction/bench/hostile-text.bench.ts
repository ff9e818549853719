import { extract } from '../src/index';
import { normalText, pathologicalTexts } from '../test/hostile-texts';

const SIZE = 1_000_000;
const ROUNDS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function medianMs(text: string): number {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    extract(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** extract() on 1 MB of each pathological shape against 1 MB of ordinary news text (SPEC §10: ≤ 3×). */
export default async function (): Promise<void> {
  extract(normalText(20_000));
  const normal = medianMs(normalText(SIZE));
  console.log(`extract() on ${SIZE.toLocaleString('en-US')} characters, median of ${ROUNDS} rounds`);
  console.log(`${'text'.padEnd(32)} ${'ms'.padStart(8)}   vs normal`);
  console.log(`${'normal news text'.padEnd(32)} ${normal.toFixed(0).padStart(8)}   1.00x`);
  let worst = 0;
  for (const [name, text] of Object.entries(pathologicalTexts(SIZE))) {
    const ms = medianMs(text);
    worst = Math.max(worst, ms / normal);
    console.log(`${name.padEnd(32)} ${ms.toFixed(0).padStart(8)}   ${(ms / normal).toFixed(2)}x`);
  }
  console.log(`worst pathological/normal ratio ${worst.toFixed(2)}x (target ≤ 3x)`);
}
