export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words (letters and digits), the unit of the main-text benchmark. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Bag-of-words precision, recall and F1 of `candidate` against `reference`. */
export function wordF1(candidate: string, reference: string): WordScore {
  const got = words(candidate);
  const want = words(reference);
  if (got.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (got.length === 0 || want.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of got) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(w, left - 1);
    }
  }
  const precision = overlap / got.length;
  const recall = overlap / want.length;
  const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
