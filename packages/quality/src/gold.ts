import { labelKey, type Correction, type SpanMention } from './corrections';

export interface GoldMention extends SpanMention {
  /** `extractor`: the reviewer kept (confirmed, or left untouched) or relabelled an extracted mention; `reviewer`: added. */
  source: 'extractor' | 'reviewer';
}

/**
 * A reviewed article's right answer: the mentions of the extraction the
 * reviewer worked on, with their corrections applied in log order (rejected
 * removed, relabelled changed, added and confirmed included; untouched ones
 * count as right). `known` names a confirmed mention that extraction lacks.
 */
export function goldMentions(text: string, reviewed: SpanMention[], corrections: Correction[], known: SpanMention[]): GoldMention[] {
  const gold = new Map<string, GoldMention>(reviewed.map((m) => [labelKey(m), { ...m, source: 'extractor' }]));
  const names = new Map(known.map((m) => [labelKey(m), m.name]));
  for (const c of corrections) {
    const key = labelKey(c);
    if (c.action === 'reject') gold.delete(key);
    else if (c.action === 'relabel') {
      const from = gold.get(key);
      gold.delete(key);
      const to = { ...c.to, start: c.start, end: c.end };
      if (!gold.has(labelKey(to))) gold.set(labelKey(to), { ...to, text: from?.text ?? text.slice(c.start, c.end), source: 'extractor' });
    } else if (!gold.has(key)) {
      const name = c.action === 'add' ? c.name : (names.get(key) ?? c.key);
      gold.set(key, { kind: c.kind, key: c.key, name, text: text.slice(c.start, c.end), start: c.start, end: c.end, source: c.action === 'add' ? 'reviewer' : 'extractor' });
    }
  }
  return [...gold.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}
