import { slug } from '../gazetteers/parse-lines';
import type { Token } from '../text/tokenize';
import { ruledOutBySense } from './common-sense';
import { isFunctionWord } from './compromise-lexicon';
import { countryPrefix, CountryReader } from './country-of-body';
import { ORG_SUFFIXES } from './org-suffixes';
import { PersonNames } from './person-names';
import type { PhraseMatch } from './phrase-index';
import type { Candidate } from './resolve-overlaps';
import { isCapWord, type TextContext } from './text-context';

/** Between gazetteer matches (2) and suffix guesses (1): a name recognised by its form. */
const PRIORITY = 1.5;
/** An acronym the text defines beats the lists' reading of it. */
const DEFINED_PRIORITY = 2.5;
const CONFIDENCE = 0.7;
const MAX_NAME = 5;

// a country's bodies whose names are the same everywhere: keyed with the country ("uk-high-court")
const GENERIC_BODIES = new Set([
  'supreme court', 'high court', 'court of appeal', 'constitutional court', 'constitutional council', 'civil aviation authority',
  'treasury', 'national treasury', 'presidency', 'parliament', 'national assembly', 'senate', 'greens', 'election commission',
  'competition commission', 'national energy regulator', 'energy regulator', 'central bank', 'foreign office',
]);
const GENERIC_FIRST = new Set([...GENERIC_BODIES].map((b) => b.split(' ')[0] as string));
// "Ministry of Foreign Affairs" is the Foreign Ministry
const AFFAIRS = new Map([['foreign', 'foreign'], ['home', 'home'], ['external', 'external'], ['internal', 'interior']]);
const BODY_MODIFIERS = new Set(['federal', 'national', 'state']);
const NAME_CONNECTORS = new Set(['of', 'and', '&', 'for']);
// parties that are not political ("a Birthday Party", "a Third Party")
const NOT_POLITICAL = new Set([
  'birthday', 'tea', 'dinner', 'christmas', 'garden', 'house', 'launch', 'block', 'street', 'wedding', 'pool', 'costume', 'third',
  'search', 'office', 'holiday', 'anniversary', 'release', 'watch', 'farewell', 'engagement',
]);
// words before a body's name that are not part of it ("The Finance Ministry"; compromise tags "finance" a verb)
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'and', 'but', 'while', 'former', 'new']);

/** Organisations recognised by the form of their name or the words around it, not by a list. */
export function orgFormCandidates(ctx: TextContext, matches: PhraseMatch[], known: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  // read from the whole text, so built only once a rule needs them: most texts need few
  const countries = new CountryReader(ctx, matches);
  const people = new PersonNames(ctx);
  const knownOrgs = new KnownOrgs(matches);
  const toks = ctx.tokens;
  const acronyms = new Map<string, string>();
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (tok.cap) {
      if (tok.l === 'ministry' || tok.l === 'department') nationalBody(ctx, countries, i, out);
      else if (tok.l === 'party') party(ctx, countries, i, out);
      else if (GENERIC_FIRST.has(tok.l)) genericBody(ctx, countries, i, out);
      if (HEADS.has(tok.l)) headOfName(ctx, known, i, out);
      // "Marine Stewardship Council (MSC)": in this text MSC is that council, whatever else the lists know by MSC
      const acronymKey = acronyms.get(tok.t);
      if (acronymKey) push(ctx, i, i, acronymKey, out, DEFINED_PRIORITY);
    } else if (tok.t === '(') {
      acronymDefinition(ctx, knownOrgs, i, acronyms, out);
      credit(ctx, people, known, i, out);
    } else if (tok.t === '/' || tok.l === 'via') creditAfterSlash(ctx, people, known, i, out);
    if (tok.cap || CUE_BEFORE.has(tok.l)) cue(ctx, people, known, i, out);
  }
  return out;
}

/** "India's Ministry of Finance", "the Japanese Foreign Ministry", "Department of Health": keyed by country. */
function nationalBody(ctx: TextContext, countries: CountryReader, i: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  const head = (toks[i] as Token).l;
  let start = i;
  let end = i;
  let topic: string[] = [];
  let of: string | undefined;
  if (toks[i + 1]?.l === 'of' || toks[i + 1]?.l === 'for') {
    end = capRunEnd(ctx, i + 2);
    if (end < i + 2) return;
    // "Ministry of Foreign Affairs of Peru": the country closes the name
    let topicEnd = end;
    for (let k = i + 3; k < end; k++) {
      if ((toks[k] as Token).l === 'of' && countries.at(k + 1)) {
        of = countries.at(k + 1);
        topicEnd = k - 1;
        break;
      }
    }
    topic = words(toks, i + 2, topicEnd);
  } else {
    // "Foreign Ministry", "Japanese Foreign Ministry", "Justice Department"
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && isCapWord(toks[k]) && ctx.adjacent(k, k + 1) && !countries.at(k) && !DETERMINERS.has((toks[k] as Token).l)) k--;
    if (k === i - 1) return;
    start = k + 1;
    topic = words(toks, start, i - 1);
    if (countries.at(k) && ctx.adjacent(k, k + 1) && countries.demonymAt(k)) start = k;
  }
  while (start > 0 && BODY_MODIFIERS.has((toks[start - 1] as Token).l) && (toks[start - 1] as Token).cap) start--;
  topic = topic.filter((w) => !BODY_MODIFIERS.has(w));
  if (topic.length === 0) return;
  const affairs = topic.length === 2 && topic[1] === 'affairs' ? AFFAIRS.get(topic[0] as string) : undefined;
  const name = affairs ?? (topic.length === 1 ? topic[0] : undefined);
  const key = head === 'ministry' ? (name ? `${name}-ministry` : `ministry-of-${topic.join('-')}`) : `department-of-${topic.join('-')}`;
  push(ctx, start, end, slug(`${countryPrefix(of ?? countries.forBody(start))} ${key}`), out);
}

/** "Canada's Liberal Party", "the Liberal Party" in a Philippine story: keyed by country. */
function party(ctx: TextContext, countries: CountryReader, i: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && (isCapWord(toks[k]) || NAME_CONNECTORS.has((toks[k] as Token).l)) && ctx.adjacent(k, k + 1)) {
    if (countries.at(k) && !countries.demonymAt(k)) break;
    k--;
  }
  let start = k + 1;
  while (start < i && (!isCapWord(toks[start]) || DETERMINERS.has((toks[start] as Token).l))) start++;
  if (start === i || NOT_POLITICAL.has((toks[i - 1] as Token).l)) return;
  const name = words(toks, start, i).join(' ');
  const inName = countries.demonymAt(start) ? countries.at(start) : undefined;
  push(ctx, start, i, slug(`${countryPrefix(inName ?? countries.forBody(start))} ${name}`), out);
}

/** "the High Court", "Britain's Treasury", "the Presidency": a country's body by its generic name. */
function genericBody(ctx: TextContext, countries: CountryReader, i: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  for (let n = 3; n >= 1; n--) {
    const last = i + n - 1;
    if (last >= toks.length || !joined(ctx, i, last)) continue;
    const phrase = words(toks, i, last);
    if (!GENERIC_BODIES.has(phrase.join(' '))) continue;
    if (!capitalised(toks, i, last)) continue;
    // part of a longer name ("Delaware Supreme Court", "Treasury Secretary"): left to the other rules
    const prev = toks[i - 1];
    if (isCapWord(prev) && ctx.adjacent(i - 1, i) && !countries.at(i - 1) && !ctx.sentenceInitial(i - 1)) return;
    if (isCapWord(toks[last + 1]) && ctx.adjacent(last, last + 1)) return;
    if ((n === 1 && ctx.sentenceInitial(i)) || ruledOutBySense(ctx, i, last)) return;
    const start = countries.at(i - 1) && countries.demonymAt(i - 1) && ctx.adjacent(i - 1, i) ? i - 1 : i;
    push(ctx, start, last, slug(`${countryPrefix(countries.forBody(start))} ${phrase.join(' ')}`), out);
    return;
  }
}

// words that open a name followed by "of" or "for": "University of Tartu", "Bank of Lithuania", "Institute for Fiscal Studies"
const HEADS = new Set([
  'university', 'bank', 'institute', 'college', 'academy', 'school', 'council', 'commission', 'authority', 'agency', 'court',
  'federation', 'association', 'society', 'foundation', 'office', 'bureau', 'board', 'museum', 'hospital', 'centre', 'center',
  'organisation', 'organization', 'union', 'league', 'confederation', 'corporation', 'fund', 'tribunal',
]);

/** "University of Tartu", "Royal Bank of Scotland": a capitalised name opening with an organisation word and "of"/"for". */
function headOfName(ctx: TextContext, known: Uint8Array, i: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  const link = toks[i + 1]?.l;
  if ((link !== 'of' && link !== 'for') || !ctx.adjacent(i, i + 1) || !ctx.adjacent(i + 1, i + 2)) return;
  let end = capRunEnd(ctx, i + 2);
  if (end < i + 2) return;
  // "University of Cambridge and Imperial College London": two names when what follows "and" is one
  let and = i + 2;
  while (and < end && !AND.has((toks[and] as Token).l)) and++;
  if (and < end && namesAnOrg(toks, known, and + 1, end)) end = and - 1;
  let start = i;
  while (start - 1 >= 0 && i - start < 3 && isCapWord(toks[start - 1]) && ctx.adjacent(start - 1, start)) start--;
  while (start < i && isFunctionWord((toks[start] as Token).l)) start++;
  push(ctx, start, end, slug(words(toks, start, end).join(' ')), out);
}

/** "Organisation for Economic Co-operation and Development (OECD)": the name, and the bare acronym later on. */
/** Gazetteer organisations by their exact token span. */
class KnownOrgs {
  private bySpan: Map<number, PhraseMatch> | undefined;

  constructor(private readonly matches: PhraseMatch[]) {}

  at(first: number, last: number): PhraseMatch | undefined {
    if (!this.bySpan) {
      this.bySpan = new Map();
      for (const m of this.matches) if (m.alias.entry.kind === 'org') this.bySpan.set(m.first * 4194304 + m.last, m);
    }
    return this.bySpan.get(first * 4194304 + last);
  }
}

function acronymDefinition(
  ctx: TextContext,
  knownOrgs: KnownOrgs,
  open: number,
  acronyms: Map<string, string>,
  out: Candidate[],
): void {
  const toks = ctx.tokens;
  const acr = toks[open + 1];
  if (!acr || toks[open + 2]?.t !== ')' || !/^\p{Lu}[\p{Lu}&]{1,7}$/u.test(acr.t)) return;
  const last = open - 1;
  if (!isCapWord(toks[last])) return;
  let first = last;
  while (first - 1 >= 0 && last - first < 10 && ctx.adjacent(first - 1, first) && (isCapWord(toks[first - 1]) || NAME_CONNECTORS.has((toks[first - 1] as Token).l) || toks[first - 1]?.t === '-')) first--;
  while (first < last && !isCapWord(toks[first])) first++;
  // the acronym's letters are the initials of the name's capitalised words, in order
  const caps: number[] = [];
  for (let k = first; k <= last; k++) if (isCapWord(toks[k])) caps.push(k);
  const initials = caps.map((k) => (toks[k] as Token).t[0]?.toUpperCase()).join('');
  const from = initialsStart(initials, acr.t.replace(/&/g, ''));
  if (from < 0) return;
  first = caps[from] as number;
  const knownName = knownOrgs.at(first, last);
  // "Simple Queue Service (SQS)", "Named Binary Tag (NBT)" are not organisations: an unknown name needs an organisation word
  if (!knownName && !namesAnOrg(toks, new Uint8Array(0), first, last)) return;
  const key = knownName ? knownName.alias.entry.key : slug(words(toks, first, last).join(' '));
  if (!knownName) push(ctx, first, last, key, out);
  if (!acronyms.has(acr.t)) acronyms.set(acr.t, key);
  push(ctx, open + 1, open + 1, acronyms.get(acr.t) as string, out, DEFINED_PRIORITY);
}

/** Where in the initials the acronym starts, its letters found in order and its first and last letters on words'
 * initials ("Organisation for Economic Co-operation and Development" → OECD); -1 if they do not fit. */
function initialsStart(initials: string, acr: string): number {
  let a = acr.length - 1;
  let i = initials.length - 1;
  if (initials[i] !== acr[a]) return -1;
  while (a >= 0 && i >= 0) {
    if (initials[i] === acr[a]) a--;
    i--;
  }
  return a < 0 ? i + 1 : -1;
}

const CUE_BEFORE = new Set(['told', 'according', 'shares', 'published', 'journal']);

/** "told Reuters", "according to Kyodo News", "shares of Klarna", "Klarna said in a statement", "the Nikkei reported". */
function cue(ctx: TextContext, people: PersonNames, known: Uint8Array, i: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  const tok = toks[i] as Token;
  if (CUE_BEFORE.has(tok.l)) {
    let from = i + 1;
    if (tok.l === 'according' || tok.l === 'shares' || tok.l === 'published') {
      const want = tok.l === 'according' ? 'to' : tok.l === 'shares' ? 'of' : 'in';
      if (toks[from]?.l !== want) return;
      from++;
    }
    if (toks[from]?.l === 'the' || toks[from]?.l === 'journal') from++;
    const end = capRunEnd(ctx, from);
    if (end >= from && !ctx.adjacent(from - 1, from)) return;
    if (end >= from) guess(ctx, people, known, from, end, out);
    return;
  }
  if (!isCapWord(tok) || !ctx.adjacent(i, i + 1)) return;
  const next = toks[i + 1] as Token;
  if (next.cap) return;
  const said = next.l === 'said' && toks[i + 2]?.l === 'in' && toks[i + 3]?.l === 'a' && toks[i + 4]?.l === 'statement';
  if (said || next.l === 'reported' || next.l === 'reports' || next.l === 'shares') {
    // a lone word opening a sentence is as likely an ordinary one ("Many shares fell", "Officials said in a statement")
    const start = capRunStart(ctx, i);
    const lone = start === i && ctx.sentenceInitial(i) && (!said || tok.l.endsWith('s'));
    if (start !== undefined && !lone) guess(ctx, people, known, start, i, out);
  }
}

/** "(Reuters) -", "(AP Photo/Alberto Saiz)": a dateline's or a photo's credit. */
function credit(ctx: TextContext, people: PersonNames, known: Uint8Array, open: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  const end = capRunEnd(ctx, open + 1);
  if (end < open + 1) return;
  const after = toks[end + 1];
  const dateline = after?.t === ')' && /^[-–—]$/.test(toks[end + 2]?.t ?? '');
  // "(AP Photo/…)": "Photo" closes the capitalised run
  const photo = end > open + 1 && (toks[end] as Token).l === 'photo' && after?.t === '/';
  if (dateline || photo) guess(ctx, people, known, open + 1, photo ? end - 1 : end, out);
}

const CREDIT_WORDS = new Set(['photo', 'photograph', 'photographer', 'image', 'picture', 'credit', 'pictures']);

/** "Photo: Kazuhiro Nogi/AFP via Getty Images": the agencies after the slash and after "via". */
function creditAfterSlash(ctx: TextContext, people: PersonNames, known: Uint8Array, i: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  const sentence = (toks[i] as Token).sentence;
  let isCredit = false;
  for (let k = i - 1; k >= 0 && i - k <= 8 && (toks[k] as Token).sentence === sentence; k--) {
    if (CREDIT_WORDS.has((toks[k] as Token).l) && (toks[k + 1]?.t === ':' || toks[k + 1]?.t === '/')) isCredit = true;
  }
  if (!isCredit) return;
  const end = capRunEnd(ctx, i + 1);
  if (end >= i + 1) guess(ctx, people, known, i + 1, end, out);
}

/** A capitalised name in an organisation's slot, unless it is a person, a place or already known. */
function guess(ctx: TextContext, people: PersonNames, known: Uint8Array, first: number, last: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  while (first < last && isFunctionWord((toks[first] as Token).l) && (toks[first] as Token).l !== 'the') first++;
  if ((toks[first] as Token).l === 'the') first++;
  if (first > last) return;
  // "shares of HSBC and AstraZeneca": each name apart, and only the unknown ones
  let partStart = first;
  for (let k = first; k <= last + 1; k++) {
    if (k <= last && !AND.has((toks[k] as Token).l)) continue;
    let allKnown = true;
    for (let j = partStart; j < k; j++) if (!known[j]) allKnown = false;
    if (k > partStart && !allKnown && !people.isPerson(partStart, k - 1)) push(ctx, partStart, k - 1, slug(words(toks, partStart, k - 1).join(' ')), out);
    partStart = k + 1;
  }
}

const AND = new Set(['and', '&']);

function namesAnOrg(toks: Token[], known: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const l = (toks[k] as Token).l;
    if (known[k] || HEADS.has(l) || ORG_SUFFIXES.has(l)) return true;
  }
  return false;
}

/** Every word of tokens first..last is capitalised but the connectors ("Court of Appeal"). */
function capitalised(toks: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!(toks[k] as Token).cap && !NAME_CONNECTORS.has((toks[k] as Token).l)) return false;
  return true;
}

/** Tokens first..last are one phrase: each next to the one before. */
function joined(ctx: TextContext, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (!ctx.adjacent(k, k + 1)) return false;
  return true;
}

/** Last token of a run of capitalised words (with "of", "and", "&" inside) starting at `from`; from - 1 if none. */
function capRunEnd(ctx: TextContext, from: number): number {
  const toks = ctx.tokens;
  if (!isCapWord(toks[from])) return from - 1;
  let last = from;
  for (let k = from + 1; k < toks.length && k - from < MAX_NAME + 2 && ctx.adjacent(k - 1, k); k++) {
    const t = toks[k] as Token;
    if (isCapWord(t) || /^\p{Lu}+\d|^\d+\p{Lu}/u.test(t.t)) last = k;
    else if (!NAME_CONNECTORS.has(t.l) && t.t !== '.') break;
  }
  return last;
}

/** First token of the capitalised run ending at `last`, if the run opens its clause and is not a sentence's opening word alone. */
function capRunStart(ctx: TextContext, last: number): number | undefined {
  const toks = ctx.tokens;
  let start = last;
  while (start - 1 >= 0 && last - start < MAX_NAME && ctx.adjacent(start - 1, start) && isCapWord(toks[start - 1])) start--;
  while (start < last && isFunctionWord((toks[start] as Token).l)) start++;
  if (start === last && isFunctionWord((toks[last] as Token).l)) return undefined;
  return start;
}

function words(toks: Token[], first: number, last: number): string[] {
  return toks.slice(first, last + 1).filter((t) => /^[\p{L}\p{N}&]/u.test(t.t)).map((t) => t.l);
}

function push(ctx: TextContext, first: number, last: number, key: string, out: Candidate[], priority = PRIORITY): void {
  const s = (ctx.tokens[first] as Token).start;
  const e = (ctx.tokens[last] as Token).end;
  out.push({ kind: 'org', start: s, end: e, key, name: ctx.text.slice(s, e), confidence: CONFIDENCE, priority });
}
