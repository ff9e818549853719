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

export type Label = Pick<SpanMention, 'start' | 'end' | 'kind' | 'key'>;

/** Whether a mention carries `label` at exactly its span. */
export const sameSpanAndLabel = (m: Label, label: Label): boolean =>
  m.start === label.start && m.end === label.end && m.kind === label.kind && m.key === label.key;
