export interface Token {
  /** text as written */
  t: string;
  /** lower-cased */
  l: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** index of the sentence holding it */
  sentence: number;
}

// Words are runs of letters, marks and digits; every other visible character is its own token,
// so "U.S." is u . s . and "GB300-class" is gb300 - class.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_RE = /\p{Lu}/u;

/** Tokens of the text; `sentenceStarts` are the sorted start offsets of its sentences. */
export function tokenize(text: string, sentenceStarts: number[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index;
    while (sentence + 1 < sentenceStarts.length && (sentenceStarts[sentence + 1] as number) <= start) sentence++;
    tokens.push({ t, l: t.toLowerCase(), start, end: start + t.length, cap: UPPER_RE.test(t[0] ?? ''), sentence });
  }
  return tokens;
}
