import type { Alias } from '../gazetteers/entry';
import type { Token } from '../text/tokenize';

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;

interface Compiled {
  alias: Alias;
  lower: string[];
  raw: string[];
}

export interface PhraseMatch {
  alias: Alias;
  first: number;
  /** index of the last token, inclusive */
  last: number;
  start: number;
  end: number;
}

/** Aliases keyed by their lower-cased first token; built once, matched token by token. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, Compiled[]>();

  constructor(aliases: Iterable<Alias>) {
    for (const alias of aliases) {
      const raw = alias.text.match(TOKEN_RE) ?? [];
      if (raw.length === 0) continue;
      const lower = raw.map((r) => r.toLowerCase());
      const exactCase = alias.exactCase ?? (alias.text.length <= 4 && !LOWER_RE.test(alias.text) && UPPER_RE.test(alias.text));
      const compiled = { alias: { ...alias, exactCase }, lower, raw };
      const list = this.byFirst.get(lower[0] as string);
      if (list) list.push(compiled);
      else this.byFirst.set(lower[0] as string, [compiled]);
    }
  }

  /** Every alias matching at token i (all lengths; the caller resolves overlaps). */
  matchAt(tokens: Token[], i: number, out: PhraseMatch[]): void {
    const tok = tokens[i] as Token;
    this.collect(this.byFirst.get(tok.l), tokens, i, false, out);
    if (tok.l.length > 2 && tok.l.endsWith('s')) this.collect(this.byFirst.get(tok.l.slice(0, -1)), tokens, i, true, out);
  }

  private collect(list: Compiled[] | undefined, tokens: Token[], i: number, firstPlural: boolean, out: PhraseMatch[]): void {
    if (!list) return;
    for (const c of list) {
      const n = c.lower.length;
      if (firstPlural && (n !== 1 || !c.alias.plural)) continue;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const tok = tokens[i + j] as Token;
        const want = c.lower[j] as string;
        const isLast = j === n - 1;
        const textMatches = tok.l === want || (isLast && c.alias.plural === true && tok.l === `${want}s` && n > 1);
        if (!textMatches && !(j === 0 && firstPlural)) ok = false;
        else if (j > 0 && !adjacent(tokens[i + j - 1] as Token, tok)) ok = false;
        else if (!caseFits(tok.t, c.raw[j] as string, c.alias.exactCase === true)) ok = false;
      }
      if (ok) {
        const lastTok = tokens[i + n - 1] as Token;
        out.push({ alias: c.alias, first: i, last: i + n - 1, start: (tokens[i] as Token).start, end: lastTok.end });
      }
    }
  }
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 2 && b.sentence === a.sentence;
}

function caseFits(text: string, raw: string, exact: boolean): boolean {
  if (exact) return text === raw || text === `${raw}s`;
  const r0 = raw[0] ?? '';
  // a capitalised alias needs a capitalised word; lower-case alias words ("of", "the") take any case
  if (UPPER_RE.test(r0)) return UPPER_RE.test(text[0] ?? '');
  return true;
}
