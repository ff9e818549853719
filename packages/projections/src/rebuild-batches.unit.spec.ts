import { describe, expect, it } from 'vitest';
import { nextBatchSize } from './rebuild';

describe('a rebuild batch size follows the time its transactions take', () => {
  it('grows at most twofold while batches are quick, up to the cap', () => {
    expect(nextBatchSize(100, 10, 2000)).toBe(200);
    expect(nextBatchSize(1500, 10, 2000)).toBe(2000);
  });
  it('shrinks at most by half while batches are slow, never below one event', () => {
    expect(nextBatchSize(100, 400, 2000)).toBe(50);
    expect(nextBatchSize(100, 10_000, 2000)).toBe(50);
    expect(nextBatchSize(1, 10_000, 2000)).toBe(1);
  });
  it('settles where a transaction takes about the target (200 ms)', () => {
    expect(nextBatchSize(100, 200, 2000)).toBe(100);
    expect(nextBatchSize(100, 250, 2000)).toBe(80);
  });
});
