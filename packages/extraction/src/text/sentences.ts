/** Sentence spans [start, end) by punctuation and line breaks; abbreviations and initials do not end one. */
export interface Sentences {
  spans: Array<[number, number]>;
  indexAt(offset: number): number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'sen', 'rep', 'gen', 'approx', 'est', 'fig',
]);
const BOUNDARY_RE = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}$€£¥₹])|\n\s*/gu;

export function splitSentences(text: string): Sentences {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY_RE)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && !endsSentence(text, m.index)) continue;
    // a line break right after a full stop would otherwise make an empty sentence
    if (text.slice(start, end).trim() !== '') spans.push([start, end]);
    else if (spans.length > 0) (spans[spans.length - 1] as [number, number])[1] = end;
    else spans.push([start, end]);
    start = end;
  }
  if (start < text.length || spans.length === 0) spans.push([start, text.length]);
  const starts = spans.map((s) => s[0]);
  return { spans, indexAt: (offset) => upperBound(starts, offset) - 1 };
}

function endsSentence(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}]/u.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot);
  // "U.S." or "J." are initials unless followed by a clearly new sentence; keep them inside
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(lo, 1);
}
