import { labelKey, type Correction, type SpanMention } from './corrections';

/**
 * What an extraction makes of a correction: `agrees` (it now does what the
 * reviewer said: a rejected mention is gone, a relabel or an addition is
 * found, a confirmed mention is still there), `applies` (the correction is
 * still needed) or `orphaned` (its mention moved or vanished: the correction
 * is kept but points at nothing the extraction has).
 */
export type Agreement = 'agrees' | 'applies' | 'orphaned';

export interface AgreementCounts {
  agree: number;
  apply: number;
  orphaned: number;
}

/** An extraction's mentions, looked up by span and label, and by label alone. */
export interface FoundMentions {
  labels: Set<string>;
  spansOf: Map<string, SpanMention[]>;
}

export function foundMentions(mentions: SpanMention[]): FoundMentions {
  const spansOf = new Map<string, SpanMention[]>();
  for (const m of mentions) {
    const spans = spansOf.get(`${m.kind}:${m.key}`) ?? [];
    if (spans.length === 0) spansOf.set(`${m.kind}:${m.key}`, spans);
    spans.push(m);
  }
  return { labels: new Set(mentions.map(labelKey)), spansOf };
}

export function agreement(c: Correction, found: FoundMentions): Agreement {
  const has = found.labels.has(labelKey(c));
  switch (c.action) {
    case 'reject': {
      if (has) return 'applies';
      // the same wrong label on a shifted span: the rejection no longer hits it
      const moved = (found.spansOf.get(`${c.kind}:${c.key}`) ?? []).some((m) => m.start < c.end && c.start < m.end);
      return moved ? 'orphaned' : 'agrees';
    }
    case 'relabel':
      if (found.labels.has(labelKey({ ...c.to, start: c.start, end: c.end }))) return 'agrees';
      return has ? 'applies' : 'orphaned';
    case 'confirm':
      return has ? 'agrees' : 'orphaned';
    case 'add':
      return has ? 'agrees' : 'applies';
  }
}

export function countAgreement(corrections: Correction[], found: FoundMentions, counts: AgreementCounts = { agree: 0, apply: 0, orphaned: 0 }): AgreementCounts {
  for (const c of corrections) {
    const a = agreement(c, found);
    if (a === 'agrees') counts.agree++;
    else if (a === 'applies') counts.apply++;
    else counts.orphaned++;
  }
  return counts;
}
