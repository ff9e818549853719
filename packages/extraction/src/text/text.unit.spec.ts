import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './number-words';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

describe('splitSentences', () => {
  const sentencesOf = (text: string) => splitSentences(text).spans.map(([a, b]) => text.slice(a, b).trim());

  it('splits at full stops and blank lines, not at abbreviations, initials or decimals', () => {
    expect(sentencesOf('The U.S. spent $1.2 billion. Nvidia Corp. agreed.\n\nMr. Smith left. Next one')).toEqual([
      'The U.S. spent $1.2 billion.',
      'Nvidia Corp. agreed.',
      'Mr. Smith left.',
      'Next one',
    ]);
  });

  it('ends a sentence after a run of marks and closing quotes, only before a capital, digit or currency', () => {
    expect(sentencesOf('He said "Go!!" Then left... and stayed?! $5 was paid.\nnext line')).toEqual([
      'He said "Go!!"',
      'Then left... and stayed?!',
      '$5 was paid.',
      'next line',
    ]);
  });

  it('maps offsets to sentences', () => {
    const s = splitSentences('One. Two.');
    expect([s.indexAt(0), s.indexAt(5), s.indexAt(8)]).toEqual([0, 1, 1]);
  });
});

describe('tokenize', () => {
  it('keeps words whole and punctuation apart, with offsets', () => {
    const toks = tokenize('GB300-class, U.S.', [0]);
    expect(toks.map((t) => t.t)).toEqual(['GB300', '-', 'class', ',', 'U', '.', 'S', '.']);
    expect(toks.map((t) => t.start)).toEqual([0, 5, 6, 11, 13, 14, 15, 16]);
    expect(toks[0]?.cap).toBe(true);
    expect(tokenize('One. Two.', [0, 5]).map((t) => t.sentence)).toEqual([0, 0, 1, 1]);
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['a', 1],
    ['two', 2],
    ['thirty', 30],
    ['two hundred and fifty', 250],
    ['half a', 0.5],
    ['Forty-five', 45],
  ])('%s = %d', (words, n) => expect(parseNumberWords(words)).toBe(n));

  it('refuses other words', () => {
    expect(parseNumberWords('billions')).toBeNaN();
    expect(parseNumberWords('')).toBeNaN();
  });
});
