/** Sentence spans [start, end) by punctuation and line breaks; abbreviations and initials do not end one. */
export interface Sentences {
  spans: Array<[number, number]>;
  indexAt(offset: number): number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'sen', 'rep', 'gen', 'approx', 'est', 'fig',
]);
// Scanned in steps that never re-read a character more than a bounded number of times: one
// regex over the whole text (`[.!?]+[…]*(?=\s+[A-Z])`) backtracked through every run of dots,
// quadratic in its length (100,000 dots took 37 s).
const PUNCTUATION_RUN_RE = /[.!?]+["'”’)]*/y;
const LINE_BREAK_RE = /\n\s*/y;
const NEXT_SENTENCE_RE = /\s+["'“‘(]?[\p{Lu}\p{N}$€£¥₹]/uy;

export function splitSentences(text: string): Sentences {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const [at, end] of boundaries(text)) {
    if (text[at] === '.' && !endsSentence(text, at)) continue;
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

/** Where a sentence may end, [at, end): a run of . ! ? (and closing quotes) before a space and a capital, digit or currency; or a line break with the space after it. */
function* boundaries(text: string): Generator<[number, number]> {
  const candidate = /[.!?\n]/g;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const at = m.index;
    const lineBreak = text[at] === '\n';
    const end = at + stickyLength(lineBreak ? LINE_BREAK_RE : PUNCTUATION_RUN_RE, text, at);
    candidate.lastIndex = end;
    if (lineBreak || stickyLength(NEXT_SENTENCE_RE, text, end) > 0) yield [at, end];
  }
}

function stickyLength(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? 0;
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
