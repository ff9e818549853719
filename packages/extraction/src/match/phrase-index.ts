import type { Alias } from '../gazetteers/entry';
import type { Token } from '../text/tokenize';

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
// one ASCII word, most names: its own only token, without the Unicode pattern's cost at start-up
const ONE_WORD_RE = /^[A-Za-z0-9]+$/;
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;

interface Compiled {
  alias: Alias;
  raw: string[];
}

/** A trie node: the aliases that end at this token, and the tokens that may follow (most names end at a leaf, which
 * has no map: thousands of empty maps were a third of the start-up's index building and its garbage). */
interface Node {
  next?: Map<string, Node>;
  ends: Compiled[];
}

export interface PhraseMatch {
  alias: Alias;
  first: number;
  /** index of the last token, inclusive */
  last: number;
  start: number;
  end: number;
}

const node = (): Node => ({ ends: [] });

/** Aliases in a trie of lower-cased tokens: built once; matching at a token walks only as far as some alias goes,
 * so its cost does not grow with the number of names sharing a first word ("the", "new", "university"). */
export class PhraseIndex {
  private readonly root = node();

  constructor(aliases: Iterable<Alias>) {
    for (const alias of aliases) {
      const raw = ONE_WORD_RE.test(alias.text) ? [alias.text] : (alias.text.match(TOKEN_RE) ?? []);
      if (raw.length === 0) continue;
      const exactCase = alias.exactCase ?? (alias.text.length <= 4 && !LOWER_RE.test(alias.text) && UPPER_RE.test(alias.text));
      let at = this.root;
      for (const r of raw) {
        const l = r.toLowerCase();
        at.next ??= new Map();
        let child = at.next.get(l);
        if (!child) {
          child = node();
          at.next.set(l, child);
        }
        at = child;
      }
      at.ends.push({ alias: { ...alias, exactCase }, raw });
    }
  }

  /** Every alias matching at token i (all lengths; the caller resolves overlaps). */
  matchAt(tokens: Token[], i: number, out: PhraseMatch[]): void {
    let at: Node | undefined = this.root;
    for (let j = i; j < tokens.length && at; j++) {
      const tok = tokens[j] as Token;
      if (j > i && !adjacent(tokens[j - 1] as Token, tok)) return;
      // a plural last word: "H100s", "Koreans"
      if (tok.l.length > 2 && tok.l.endsWith('s')) {
        const singular = at.next?.get(tok.l.slice(0, -1));
        if (singular) this.emit(singular, tokens, i, j, true, out);
      }
      at = at.next?.get(tok.l);
      if (at) this.emit(at, tokens, i, j, false, out);
    }
  }

  private emit(n: Node, tokens: Token[], i: number, j: number, plural: boolean, out: PhraseMatch[]): void {
    for (const c of n.ends) {
      if (plural && !c.alias.plural) continue;
      let ok = true;
      for (let k = i; k <= j && ok; k++) ok = caseFits((tokens[k] as Token).t, c.raw[k - i] as string, c.alias.exactCase === true, plural && k === j);
      if (ok) out.push({ alias: c.alias, first: i, last: j, start: (tokens[i] as Token).start, end: (tokens[j] as Token).end });
    }
  }
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 2 && b.sentence === a.sentence;
}

function caseFits(text: string, raw: string, exact: boolean, plural: boolean): boolean {
  if (exact) return text === raw || (plural && text === `${raw}s`);
  const r0 = raw[0] ?? '';
  // a capitalised alias needs a capitalised word; lower-case alias words ("of", "the") take any case
  if (UPPER_RE.test(r0)) return UPPER_RE.test(text[0] ?? '');
  return true;
}
