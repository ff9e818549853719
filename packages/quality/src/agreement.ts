import { sameSpanAndLabel, type Correction, type Label, type SpanMention } from './corrections';

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

const overlaps = (a: SpanMention, c: Correction) => a.start < c.end && c.start < a.end;

export function agreement(c: Correction, mentions: SpanMention[]): Agreement {
  const has = (label: Label) => mentions.some((m) => sameSpanAndLabel(m, label));
  switch (c.action) {
    case 'reject':
      if (has(c)) return 'applies';
      // the same wrong label on a shifted span: the rejection no longer hits it
      return mentions.some((m) => m.kind === c.kind && m.key === c.key && overlaps(m, c)) ? 'orphaned' : 'agrees';
    case 'relabel':
      if (has({ ...c.to, start: c.start, end: c.end })) return 'agrees';
      return has(c) ? 'applies' : 'orphaned';
    case 'confirm':
      return has(c) ? 'agrees' : 'orphaned';
    case 'add':
      return has(c) ? 'agrees' : 'applies';
  }
}

export function countAgreement(corrections: Correction[], mentions: SpanMention[], counts: AgreementCounts = { agree: 0, apply: 0, orphaned: 0 }): AgreementCounts {
  for (const c of corrections) {
    const a = agreement(c, mentions);
    if (a === 'agrees') counts.agree++;
    else if (a === 'applies') counts.apply++;
    else counts.orphaned++;
  }
  return counts;
}
