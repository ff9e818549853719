import { describe, expect, it } from 'vitest';
import { wordF1, words } from './word-f1';

describe('words', () => {
  it('lower-cases and keeps letters and digits of any script', () => {
    expect(words('Hello, WORLD! 42 café — Привет')).toEqual(['hello', 'world', '42', 'café', 'привет']);
  });
});

describe('wordF1', () => {
  it('is 1 for the same bag of words in any order', () => {
    expect(wordF1('b a c', 'a b c').f1).toBe(1);
  });

  it('counts repeated words as a multiset', () => {
    const score = wordF1('a a a b', 'a b');
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(2 / 3);
  });

  it('is 0 with no overlap or one side empty, 1 when both are empty', () => {
    expect(wordF1('x y', 'a b').f1).toBe(0);
    expect(wordF1('', 'a b').f1).toBe(0);
    expect(wordF1('a', '').f1).toBe(0);
    expect(wordF1('', '...').f1).toBe(1);
  });
});
