import type { WordScore } from './word-f1';

/** Per page: matched, extra and missing shingles, as shares of all three (long pages weigh no more than short ones). */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - N + 1); i++) {
    const key = tokens.slice(i, i + N).join(' ');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The scoring of the public article-extraction benchmark (scrapinghub/article-extraction-benchmark,
 * `evaluate.py`): multisets of 4-word shingles, case kept, counts normalised per page.
 */
export function shingleCounts(candidate: string, reference: string): ShingleCounts {
  const want = shingles(reference);
  const got = shingles(candidate);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

const mean = (xs: number[]): number => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function precision({ tp, fp, fn }: ShingleCounts): number {
  return fp === 0 && fn === 0 ? 1 : tp / (tp + fp);
}

function recall({ tp, fp, fn }: ShingleCounts): number {
  return fp === 0 && fn === 0 ? 1 : tp / (tp + fn);
}

/** The benchmark's corpus figures: mean precision, mean recall, and the F1 of those two means. */
export function benchmarkScore(pages: ShingleCounts[]): WordScore {
  const p = mean(pages.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0).map(recall));
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
