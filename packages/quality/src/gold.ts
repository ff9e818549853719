import { sameSpanAndLabel, type Correction, type SpanMention } from './corrections';

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
  let gold: GoldMention[] = reviewed.map((m) => ({ ...m, source: 'extractor' }));
  const without = (label: Correction | SpanMention) => gold.filter((m) => !sameSpanAndLabel(m, label));
  for (const c of corrections) {
    if (c.action === 'reject') gold = without(c);
    else if (c.action === 'relabel') {
      const from = gold.find((m) => sameSpanAndLabel(m, c));
      gold = without(c);
      const to = { ...c.to, start: c.start, end: c.end };
      if (!gold.some((m) => sameSpanAndLabel(m, to))) gold.push({ ...to, text: from?.text ?? text.slice(c.start, c.end), source: 'extractor' });
    } else if (!gold.some((m) => sameSpanAndLabel(m, c))) {
      const name = c.action === 'add' ? c.name : (known.find((m) => sameSpanAndLabel(m, c))?.name ?? c.key);
      gold.push({ kind: c.kind, key: c.key, name, text: text.slice(c.start, c.end), start: c.start, end: c.end, source: c.action === 'add' ? 'reviewer' : 'extractor' });
    }
  }
  return gold.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}
