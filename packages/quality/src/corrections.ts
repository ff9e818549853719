import type { MentionKind } from '@wirelog/extraction';

/** A mention as the gold set and the agreement checks see it: a label on a span of the article text. */
export interface SpanMention {
  kind: MentionKind;
  key: string;
  name: string;
  text: string;
  start: number;
  end: number;
}

/** A reviewer event, reduced to what it says about a span. A relabel's `kind`/`key` is the label it replaced. */
export type Correction =
  | { action: 'confirm' | 'reject'; start: number; end: number; kind: MentionKind; key: string }
  | { action: 'relabel'; start: number; end: number; kind: MentionKind; key: string; to: { kind: MentionKind; key: string; name: string } }
  | { action: 'add'; start: number; end: number; kind: MentionKind; key: string; name: string; text: string };

type Label = Pick<SpanMention, 'start' | 'end' | 'kind' | 'key'>;

/** A label on a span as one string: equal for equal span and label. */
export const labelKey = (l: Label): string => `${l.start}:${l.end}:${l.kind}:${l.key}`;

/**
 * The corrections no later one on the same span and label overrides (the
 * review page's undo appends a confirmation after a rejection, a rejection
 * after an addition), in log order.
 */
export function standingCorrections(corrections: Correction[]): Correction[] {
  const later = new Set<string>();
  const standing: Correction[] = [];
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i] as Correction;
    if (!later.has(labelKey(c))) standing.push(c);
    later.add(labelKey(c));
  }
  return standing.reverse();
}
