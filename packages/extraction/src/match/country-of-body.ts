import type { PhraseMatch } from './phrase-index';
import { isCapWord, type TextContext } from './text-context';

/** The key prefix of a country's public body or party: its ISO code in lower case, `uk` for Britain. */
export function countryPrefix(code: string | undefined): string {
  if (!code) return '';
  return code === 'GB' ? 'uk' : code.toLowerCase();
}

/** Which country a public body belongs to: named just before it ("India's Ministry of Finance", "the Japanese
 * Foreign Ministry"), or else the country the text names most (first on a tie). */
export class CountryReader {
  private read: { code: Map<number, string>; demonym: Set<number>; main: string | undefined } | undefined;

  constructor(
    private readonly ctx: TextContext,
    private readonly matches: PhraseMatch[],
  ) {}

  /** The country named by token i, if any. */
  at(i: number): string | undefined {
    return this.facts().code.get(i);
  }

  demonymAt(i: number): boolean {
    return this.facts().demonym.has(i);
  }

  /** The country of a body whose name starts at token `start`. */
  forBody(start: number): string | undefined {
    const toks = this.ctx.tokens;
    const main = this.facts().main;
    if (this.at(start)) return this.at(start);
    // "India's Ministry of Finance", "Britain’s Treasury"
    if (toks[start - 1]?.l === 's' && /^['’]$/.test(toks[start - 2]?.t ?? '')) return this.at(start - 3) ?? main;
    if (this.ctx.adjacent(start - 1, start) && this.demonymAt(start - 1)) return this.at(start - 1);
    return main;
  }

  private facts(): { code: Map<number, string>; demonym: Set<number>; main: string | undefined } {
    if (this.read) return this.read;
    const ctx = this.ctx;
    const code = new Map<number, string>();
    const demonym = new Set<number>();
    const counts = new Map<string, number>();
    // matches come in token order: the furthest end of the organisations begun so far tells whether one covers a match
    const orgs = this.matches.filter((m) => m.alias.entry.kind === 'org');
    let next = 0;
    let orgEnd = -1;
    for (const m of this.matches) {
      const e = m.alias.entry;
      const c = e.kind === 'country' ? e.key : e.kind === 'place' ? e.country : undefined;
      // "Jordan Smith" is a person
      const person = e.personLike && isCapWord(ctx.tokens[m.last + 1]) && ctx.adjacent(m.last, m.last + 1);
      if (!c || person) continue;
      // "Bristol City Council" says nothing of Bristol as a place, but tells which country the text is about
      counts.set(c, (counts.get(c) ?? 0) + 1);
      for (; next < orgs.length && (orgs[next] as PhraseMatch).first <= m.first; next++) orgEnd = Math.max(orgEnd, (orgs[next] as PhraseMatch).last);
      if (orgEnd >= m.first) continue;
      for (let k = m.first; k <= m.last; k++) {
        code.set(k, c);
        if (e.demonym) demonym.add(k);
      }
    }
    let main: string | undefined;
    let best = 0;
    for (const [c, count] of counts) {
      if (count > best) {
        best = count;
        main = c;
      }
    }
    this.read = { code, demonym, main };
    return this.read;
  }
}
