import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const PIECES = [
  'India', 'Georgia', 'Jordan Smith', 'Inner Mongolia', 'U.S.', 'US$', 'C$', '€', '£', '¥', '₹', 'Rs', '$', 'bn', 'billion',
  'crore', 'lakh', 'between', 'and', 'to', '-', '–', 'about', 'per hour', 'H100', 'GB300-class', '6th Gen EPYC', 'Rubin',
  'AWS', 'Bank of England', 'Capital', 'Inc.', '.', ',', '\n\n', ' ', '1.2', '10,000', '2-3', 'two', 'half a', 'Ascend', 'Corp',
];

function checkOffsets(text: string): void {
  const { mentions } = extract(text);
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeLessThan(m.end);
  }
  for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.start);
}

describe('extract on arbitrary input', () => {
  it('never throws on any unicode string, and offsets slice to the mention text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), checkOffsets), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkOffsets), { numRuns: 400 });
  });

  it('never throws on mixes of gazetteer words, currency marks and digits', () => {
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 99999 }).map(String));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', ' '), (parts, sep) => checkOffsets(parts.join(sep))),
      { numRuns: 600 },
    );
  });
});
