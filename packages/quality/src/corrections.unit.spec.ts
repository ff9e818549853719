import { describe, expect, it } from 'vitest';
import { agreement as agreementWith, foundMentions } from './agreement';
import { standingCorrections, type Correction, type SpanMention } from './corrections';
import { goldMentions } from './gold';

const text = 'Georgia Power buys chips.';
const mention = (kind: SpanMention['kind'], key: string, start: number, end: number): SpanMention => ({ kind, key, name: key, text: text.slice(start, end), start, end });
const reject: Correction = { action: 'reject', kind: 'country', key: 'GE', start: 0, end: 7 };
const relabel: Correction = { action: 'relabel', kind: 'org', key: 'georgia', start: 0, end: 13, to: { kind: 'org', key: 'georgia-power', name: 'Georgia Power' } };
const confirm: Correction = { action: 'confirm', kind: 'org', key: 'georgia', start: 0, end: 13 };
const agreement = (c: Correction, mentions: SpanMention[]) => agreementWith(c, foundMentions(mentions));
const add: Correction = { action: 'add', kind: 'hardware', key: 'chips', name: 'chips', text: 'chips', start: 19, end: 24 };

describe('agreement of a correction with an extraction', () => {
  it('a rejection applies while its mention is there, agrees once it is gone, and is orphaned when the label moved', () => {
    expect(agreement(reject, [mention('country', 'GE', 0, 7)])).toBe('applies');
    expect(agreement(reject, [mention('org', 'georgia-power', 0, 13)])).toBe('agrees');
    expect(agreement(reject, [mention('country', 'GE', 0, 13)])).toBe('orphaned');
  });

  it('a relabel agrees when the new label is found, applies to the old one, else is orphaned', () => {
    expect(agreement(relabel, [mention('org', 'georgia-power', 0, 13)])).toBe('agrees');
    expect(agreement(relabel, [mention('org', 'georgia', 0, 13)])).toBe('applies');
    expect(agreement(relabel, [])).toBe('orphaned');
  });

  it('a confirmation agrees while its mention is there; an addition agrees once the extractor finds it', () => {
    expect(agreement(confirm, [mention('org', 'georgia', 0, 13)])).toBe('agrees');
    expect(agreement(confirm, [])).toBe('orphaned');
    expect(agreement(add, [])).toBe('applies');
    expect(agreement(add, [mention('hardware', 'chips', 19, 24)])).toBe('agrees');
  });
});

describe('gold mentions', () => {
  it('apply the corrections in log order to the reviewed extraction; a later confirmation brings back a rejected mention', () => {
    const reviewed = [mention('country', 'GE', 0, 7), mention('org', 'georgia', 0, 13)];
    const gold = goldMentions(text, reviewed, [reject, relabel, add], reviewed);
    expect(gold.map((m) => [m.kind, m.key, m.source])).toEqual([
      ['org', 'georgia-power', 'extractor'],
      ['hardware', 'chips', 'reviewer'],
    ]);
    const regretted = goldMentions(text, reviewed, [reject, { ...reject, action: 'confirm' }], reviewed);
    expect(regretted.map((m) => `${m.kind}:${m.key}`)).toEqual(['country:GE', 'org:georgia']);
  });
});

it('counts only the corrections no later one on the same span and label overrides (an undo)', () => {
  const undo: Correction = { ...reject, action: 'confirm' };
  expect(standingCorrections([reject, add, undo, relabel])).toEqual([add, undo, relabel]);
});
