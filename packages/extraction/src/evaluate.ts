import { extract } from './extract';
import type { Mention, MentionKind } from './types';

export type DocumentSets = Record<MentionKind, string[]>;

export interface LabelledDocument {
  id: string;
  text: string;
  /** expected document-level key sets; a missing kind means "none expected" */
  expected: Partial<DocumentSets>;
}

export interface KindScore {
  kind: MentionKind;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface QualityReport {
  scores: KindScore[];
  /** targets missed, e.g. "org recall 0.78 < 0.80" */
  missed: string[];
  /** per document: keys found but not expected (+) and expected but not found (-) */
  errors: Array<{ id: string; kind: MentionKind; extra: string[]; missing: string[] }>;
}

const KINDS: MentionKind[] = ['country', 'money', 'hardware', 'org', 'place'];

/** SPEC §10 quality targets (places are reported, not targeted). */
export const QUALITY_TARGETS: Partial<Record<MentionKind, { precision: number; recall: number }>> = {
  country: { precision: 0.97, recall: 0.97 },
  money: { precision: 0.97, recall: 0.95 },
  hardware: { precision: 0.95, recall: 0.95 },
  org: { precision: 0.9, recall: 0.85 },
};

export function documentSets(mentions: Pick<Mention, 'kind' | 'key'>[]): DocumentSets {
  const sets = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Partial<Record<MentionKind, Set<string>>>;
  // kinds without labelled sets (capacity, quantity) are not scored
  for (const m of mentions) sets[m.kind]?.add(m.key);
  return Object.fromEntries(KINDS.map((k) => [k, [...(sets[k] ?? [])].sort()])) as DocumentSets;
}

/** Micro-averaged precision and recall of the current extractor's document-level key sets, per kind. */
export function evaluate(docs: LabelledDocument[]): QualityReport {
  return scoreDocuments(docs.map((doc) => ({ id: doc.id, expected: doc.expected, found: documentSets(extract(doc.text).mentions) })));
}

/** What an extractor found in a labelled document: its document-level key sets. */
export interface FoundDocument {
  id: string;
  expected: Partial<DocumentSets>;
  found: DocumentSets;
}

/** Micro-averaged precision and recall of document-level key sets already found (by any extractor version), per kind. */
export function scoreDocuments(docs: FoundDocument[]): QualityReport {
  const counts = new Map(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const errors: QualityReport['errors'] = [];
  for (const { id, expected, found } of docs) {
    for (const kind of KINDS) {
      const want = new Set(expected[kind] ?? []);
      const got = new Set(found[kind]);
      const c = counts.get(kind) as { tp: number; fp: number; fn: number };
      const extra = [...got].filter((k) => !want.has(k));
      const missing = [...want].filter((k) => !got.has(k));
      c.tp += got.size - extra.length;
      c.fp += extra.length;
      c.fn += missing.length;
      if (extra.length + missing.length > 0) errors.push({ id, kind, extra, missing });
    }
  }
  const scores = KINDS.map((kind) => {
    const { tp, fp, fn } = counts.get(kind) as { tp: number; fp: number; fn: number };
    return { kind, tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
  const missed: string[] = [];
  for (const s of scores) {
    const t = QUALITY_TARGETS[s.kind];
    if (t && s.precision < t.precision) missed.push(`${s.kind} precision ${s.precision.toFixed(3)} < ${t.precision}`);
    if (t && s.recall < t.recall) missed.push(`${s.kind} recall ${s.recall.toFixed(3)} < ${t.recall}`);
  }
  return { scores, missed, errors };
}

export function formatScores(report: QualityReport): string {
  const rows = report.scores.map((s) => {
    const t = QUALITY_TARGETS[s.kind];
    const target = t ? `P≥${t.precision} R≥${t.recall}` : '(no target)';
    return `${s.kind.padEnd(9)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${target}`;
  });
  return ['kind        tp   fp   fn  P      R      target', ...rows].join('\n');
}
