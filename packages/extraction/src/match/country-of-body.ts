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
  private read: { code: Array<string | undefined>; demonym: Uint8Array; main: string | undefined } | undefined;

  constructor(
    private readonly ctx: TextContext,
    private readonly matches: PhraseMatch[],
  ) {}

  /** The country named by token i, if any. */
  at(i: number): string | undefined {
    return i >= 0 ? this.facts().code[i] : undefined;
  }

  demonymAt(i: number): boolean {
    return i >= 0 && this.facts().demonym[i] === 1;
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

  private facts(): { code: Array<string | undefined>; demonym: Uint8Array; main: string | undefined } {
    if (this.read) return this.read;
    const ctx = this.ctx;
    const n = ctx.tokens.length;
    const code = new Array<string | undefined>(n);
    const demonym = new Uint8Array(n);
    const inOrg = new Uint8Array(n);
    for (const m of this.matches) if (m.alias.entry.kind === 'org') inOrg.fill(1, m.first, m.last + 1);
    const counts = new Map<string, number>();
    for (const m of this.matches) {
      const e = m.alias.entry;
      const c = e.kind === 'country' ? e.key : e.kind === 'place' ? e.country : undefined;
      // "Jordan Smith" is a person
      const person = e.personLike && isCapWord(ctx.tokens[m.last + 1]) && ctx.adjacent(m.last, m.last + 1);
      if (!c || person) continue;
      // "Bristol City Council" says nothing of Bristol as a place, but tells which country the text is about
      counts.set(c, (counts.get(c) ?? 0) + 1);
      if (inOrg[m.first]) continue;
      for (let k = m.first; k <= m.last; k++) {
        code[k] = c;
        if (e.demonym) demonym[k] = 1;
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
