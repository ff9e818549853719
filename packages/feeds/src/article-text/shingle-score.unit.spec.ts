import { describe, expect, it } from 'vitest';
import { benchmarkScore, shingleCounts } from './shingle-score';

describe('shingleCounts', () => {
  it('is all matches for the same text, and counts extra and missing 4-word shingles', () => {
    expect(shingleCounts('one two three four five', 'one two three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
    // reference shingles: [a b c d], [b c d e]; candidate: [a b c d], [b c d x]
    expect(shingleCounts('a b c d x', 'a b c d e')).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  });

  it('keeps case and word order, unlike the bag of words', () => {
    expect(shingleCounts('A b c d', 'a b c d').tp).toBe(0);
    expect(shingleCounts('d c b a', 'a b c d').tp).toBe(0);
  });

  it('treats a text shorter than four words as one shingle', () => {
    expect(shingleCounts('Hello world', 'Hello world')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('benchmarkScore', () => {
  it('averages precision and recall over pages and takes the F1 of the averages', () => {
    const score = benchmarkScore([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
    ]);
    expect(score.precision).toBeCloseTo(0.75);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });

  it('leaves a page out of precision when nothing was extracted, and out of recall when nothing was expected', () => {
    expect(benchmarkScore([shingleCounts('', 'a b c d'), shingleCounts('a b c d', 'a b c d')])).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(benchmarkScore([shingleCounts('a b c d', ''), shingleCounts('a b c d', 'a b c d')])).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
});
