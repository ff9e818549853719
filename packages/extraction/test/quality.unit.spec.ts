import { describe, expect, it } from 'vitest';
import { evaluate, formatScores } from '../src/evaluate';
import { loadLabelled } from './load-labelled';

describe('quality on the labelled paragraphs (SPEC §10 targets)', () => {
  const docs = loadLabelled();

  it('has at least 40 labelled paragraphs', () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
  });

  it('meets every precision and recall target', () => {
    const report = evaluate(docs);
    expect(report.missed, formatScores(report)).toEqual([]);
  });
});
