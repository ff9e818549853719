import { splitSentences, type Sentences } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';

/** Per-document state shared by the matchers. */
export class TextContext {
  readonly tokens: Token[];
  readonly sentenceSpans: Array<[number, number]>;
  private readonly firstTokenOf: number[];
  private readonly sentences: Sentences;
  private words: Set<string> | undefined;
  private titleCase: Uint8Array | undefined;
  private firstWordOf: Int32Array | undefined;
  private sport: Uint8Array | undefined;

  constructor(readonly text: string) {
    const sentences = splitSentences(text);
    this.sentences = sentences;
    this.sentenceSpans = sentences.spans;
    this.tokens = tokenize(text, sentences.spans.map((s) => s[0]));
    this.firstTokenOf = new Array<number>(this.sentenceSpans.length).fill(-1);
    this.tokens.forEach((t, i) => {
      if (this.firstTokenOf[t.sentence] === -1) this.firstTokenOf[t.sentence] = i;
    });
  }

  /** The token begins its sentence (ignoring opening quotes and brackets). */
  sentenceInitial(i: number): boolean {
    const tok = this.tokens[i];
    if (!tok) return false;
    this.firstWordOf ??= this.computeFirstWords();
    return i <= (this.firstWordOf[tok.sentence] ?? -1);
  }

  /** Per sentence, its first token that is not an opening mark: found once, not rescanned per question. */
  private computeFirstWords(): Int32Array {
    return Int32Array.from(this.firstTokenOf, (first) => {
      if (first < 0) return -1;
      const sentence = (this.tokens[first] as Token).sentence;
      let i = first;
      while (i + 1 < this.tokens.length && this.tokens[i + 1]?.sentence === sentence && OPENING_RE.test((this.tokens[i] as Token).t)) i++;
      return i;
    });
  }

  /** Token i and i+1 are neighbours in the same sentence with only a space between. */
  adjacent(i: number, j: number): boolean {
    const a = this.tokens[Math.min(i, j)];
    const b = this.tokens[Math.max(i, j)];
    return !!a && !!b && a.sentence === b.sentence && b.start - a.end <= 1;
  }

  /** Most longer words are capitalised: a headline or title, where capitals say nothing about names. */
  isTitleCase(sentence: number): boolean {
    this.titleCase ??= this.computeTitleCase();
    return this.titleCase[sentence] === 1;
  }

  private computeTitleCase(): Uint8Array {
    const caps = new Uint32Array(this.sentenceSpans.length);
    const words = new Uint32Array(this.sentenceSpans.length);
    for (const t of this.tokens) {
      if (t.t.length < 4 || !WORD_RE.test(t.t)) continue;
      words[t.sentence] = (words[t.sentence] ?? 0) + 1;
      if (t.cap) caps[t.sentence] = (caps[t.sentence] ?? 0) + 1;
    }
    // a heading has no closing punctuation; a sentence full of names still ends with a full stop
    return Uint8Array.from(words, (w, s) => {
      const c = caps[s] ?? 0;
      const [from, to] = this.sentenceSpans[s] ?? [0, 0];
      const closed = /[.!?:;"”)]\s*$/.test(this.text.slice(from, to));
      return w >= 3 && (closed ? c >= 0.9 * w && w >= 4 : c >= 0.6 * w) ? 1 : 0;
    });
  }

  /** Token i's sentence has a score ("2-1") or a word of sport: a bare "Liverpool" there is the club. */
  isAboutSport(i: number): boolean {
    this.sport ??= this.computeSport();
    return this.sport[this.tokens[i]?.sentence ?? -1] === 1;
  }

  private computeSport(): Uint8Array {
    const sport = new Uint8Array(this.sentenceSpans.length);
    this.tokens.forEach((t, i) => {
      const score = /^\d{1,2}$/.test(t.t) && this.tokens[i + 1]?.t === '-' && /^\d{1,2}$/.test(this.tokens[i + 2]?.t ?? '');
      if (score || SPORT_WORDS.has(t.l)) sport[t.sentence] = 1;
    });
    return sport;
  }

  /** The lower-cased words of the whole document. */
  hasWord(word: string): boolean {
    this.words ??= new Set(this.tokens.map((t) => t.l));
    return this.words.has(word);
  }

  sentenceOf(offset: number): number {
    return this.sentences.indexAt(offset);
  }
}

const WORD_RE = /^[\p{L}]/u;
const SPORT_WORDS = new Set([
  'beat', 'beats', 'drew', 'draw', 'defeated', 'match', 'matches', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'coach', 'manager', 'stadium', 'club', 'clubs', 'league', 'season', 'fixture', 'derby', 'penalty', 'transfer', 'squad', 'fans', 'cup',
  'premier', 'champions', 'relegation', 'kit',
]);
const OPENING_RE = /^["'“‘(\[•\-–—*]$/;

/** A capitalised word (not punctuation, not a number). */
export function isCapWord(tok: Token | undefined): boolean {
  return !!tok && tok.cap && WORD_RE.test(tok.t);
}
