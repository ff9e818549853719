import type { Token } from '../text/tokenize';
import { isFunctionWord, isGivenName } from './compromise-lexicon';
import { ORG_SUFFIXES } from './org-suffixes';
import { isCapWord, type TextContext } from './text-context';

const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'president', 'minister', 'judge', 'justice', 'senator']);

/** People named in a text: a first name and what follows it ("Elon Musk"), and later the surname alone ("Musk said"). */
export class PersonNames {
  private surnames: Set<string> | undefined;

  constructor(private readonly ctx: TextContext) {}

  /** Tokens first..last name a person: they open with a first name or a title, follow a title, or are a known surname. */
  isPerson(first: number, last: number): boolean {
    const toks = this.ctx.tokens;
    const head = toks[first] as Token;
    if ((last > first && isGivenName(head.l)) || HONORIFICS.has(head.l)) return true;
    if (HONORIFICS.has(toks[first - 1]?.l ?? '') && this.ctx.adjacent(first - 1, first)) return true;
    this.surnames ??= this.findSurnames();
    return first === last && this.surnames.has(head.t);
  }

  private findSurnames(): Set<string> {
    const toks = this.ctx.tokens;
    const surnames = new Set<string>();
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i] as Token;
      // "Elon Musk said": two names before a verb of speech, the second not an organisation word
      if (SPEECH.has(t.l) && i >= 2 && this.twoNames(i - 2, i - 1)) surnames.add((toks[i - 1] as Token).t);
      if (!t.cap || !(isGivenName(t.l) || HONORIFICS.has(t.l))) continue;
      let k = i + 1;
      while (k < toks.length && k - i <= 3 && isCapWord(toks[k]) && this.ctx.adjacent(k - 1, k) && !isFunctionWord((toks[k] as Token).l)) k++;
      if (k > i + 1) surnames.add((toks[k - 1] as Token).t);
    }
    return surnames;
  }

  private twoNames(a: number, b: number): boolean {
    const toks = this.ctx.tokens;
    const isName = (k: number) => isCapWord(toks[k]) && !isFunctionWord((toks[k] as Token).l) && !ORG_SUFFIXES.has((toks[k] as Token).l);
    return isName(a) && isName(b) && this.ctx.adjacent(a, b) && !isCapWord(toks[a - 1]) && (toks[b + 1] as Token).start - (toks[b] as Token).end <= 1;
  }
}
