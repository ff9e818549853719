import type { GazetteerEntry } from '../gazetteers/entry';
import type { PhraseMatch } from './phrase-index';
import type { Candidate } from './resolve-overlaps';
import { isCapWord, type TextContext } from './text-context';
import { ruledOutBySense } from './common-sense';
import { isGivenName } from './compromise-lexicon';
import { ORG_SUFFIXES } from './org-suffixes';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'miss', 'senator', 'sen', 'rep', 'gov', 'governor', 'coach']);

/** Countries, places, blocs and non-entity phrases from gazetteer matches, with the disambiguation rules of SPEC §6. */
export function placeCandidates(ctx: TextContext, matches: PhraseMatch[]): Candidate[] {
  // "Jordan Smith ... Jordan said": once a name is a person's, it stays one unless clearly a place ("in Jordan")
  const people = new Set<string>();
  const inOrg = new Uint8Array(ctx.tokens.length);
  for (const m of matches) if (m.alias.entry.kind === 'org') inOrg.fill(1, m.first, m.last + 1);
  for (const m of matches) {
    if (m.alias.entry.personLike && !inOrg[m.first] && certainlyPerson(ctx, m)) people.add(ctx.text.slice(m.start, m.end));
  }
  const out: Candidate[] = [];
  let cities: CityContext | undefined;
  let lastPlaceEnd = -2;
  for (const m of matches) {
    const kind = m.alias.entry.kind;
    if (kind !== 'country' && kind !== 'place' && kind !== 'none') continue;
    if (kind === 'none') {
      out.push({ kind, start: m.start, end: m.end, key: m.alias.entry.key, name: m.alias.entry.name, confidence: 1, priority: 3 });
      continue;
    }
    // "US$", "C$": a currency mark, not a place; "Turkey dinner": a bird
    if (ctx.text[m.end] === '$' || ruledOutBySense(ctx, m.first, m.last)) continue;
    if (m.alias.entry.personLike && (looksLikePerson(ctx, m) || (people.has(ctx.text.slice(m.start, m.end)) && !afterPlaceWord(ctx, m)))) {
      continue;
    }
    // "Tim Davie": a surname after a first name
    if (m.alias.entry.geonames && isCapWord(ctx.tokens[m.first - 1]) && isGivenName(ctx.tokens[m.first - 1]?.l ?? '')) continue;
    if (m.alias.entry.cityEvidence && !(cities ??= new CityContext(ctx, matches)).accepts(m, lastPlaceEnd)) continue;
    const entry = chooseReading(ctx, m.alias.entry);
    const confidence = entry.demonym ? 0.8 : entry.personLike || entry.cityEvidence || entry !== m.alias.entry ? 0.75 : 0.95;
    lastPlaceEnd = m.last;
    out.push({
      kind: entry.kind === 'country' ? 'country' : 'place',
      start: m.start,
      end: m.end,
      key: entry.key,
      name: entry.name,
      confidence,
      priority: entry.geonames ? 0 : 2,
      country: entry.country,
    });
  }
  return out;
}

/**
 * The countries named inside the names of national public bodies that won their span ("U.S. Supreme Court" →
 * `us-supreme-court`, "Election Commission of India" → `in-election-commission`): the body is the country acting, so
 * its country counts (blind round 2's rule); a company's or club's name ("Turkish Airlines") has no country prefix.
 */
export function countriesInBodies(kept: Candidate[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const countries = candidates.filter((c) => c.kind === 'country');
  if (countries.length === 0) return out;
  for (const body of kept) {
    if (body.kind !== 'org' || body.key[2] !== '-') continue;
    const prefix = body.key.slice(0, 2);
    const code = prefix === 'uk' ? 'GB' : prefix.toUpperCase();
    const inside = countries.find((c) => c.key === code && c.start >= body.start && c.end <= body.end);
    if (inside) out.push({ ...inside, confidence: inside.confidence * 0.9 });
  }
  return out;
}

const PLACE_WORDS = new Set(['in', 'to', 'from', 'across', 'of', 'near', 'outside', 'throughout', 'within', 'into', 'around']);
// "Toledo-based", "Budapest-listed"
const LOCATED_WORDS = new Set(['based', 'listed', 'headquartered']);
const LIST_WORDS = new Set([',', 'and', 'or']);

/**
 * What a city whose bare name is not enough needs (`cityEvidence`): a place word before it ("in Reading"), its region
 * or country after a comma ("Eugene, Oregon"), "-based"/"-listed" after it, or to continue a list of places
 * ("in Toulouse, Hamburg and Tianjin"); a name of several countries' cities needs its country named in the text or after
 * a comma ("Cambridge, England").
 */
class CityContext {
  private readonly countries = new Set<string>();
  private readonly placesAt = new Map<number, PhraseMatch[]>();

  constructor(
    private readonly ctx: TextContext,
    matches: PhraseMatch[],
  ) {
    for (const m of matches) {
      const e = m.alias.entry;
      if ((e.kind !== 'country' && e.kind !== 'place') || e.cityEvidence || e.personLike) continue;
      this.countries.add(e.kind === 'country' ? e.key : (e.country ?? ''));
      const at = this.placesAt.get(m.first);
      if (at) at.push(m);
      else this.placesAt.set(m.first, [m]);
    }
  }

  /** `lastPlaceEnd`: the last token of the place accepted before, which a list can continue ("Toulouse, Hamburg"). */
  accepts(m: PhraseMatch, lastPlaceEnd: number): boolean {
    const t = this.ctx.tokens;
    const entry = m.alias.entry;
    // part of a longer name: "Central Africa", "Mobile World Congress"
    if (isCapWord(t[m.last + 1]) && this.ctx.adjacent(m.last, m.last + 1)) return false;
    if (t[m.last + 1]?.t === ',' && this.placesAt.get(m.last + 2)?.some((p) => (p.alias.entry.country ?? p.alias.entry.key) === entry.country)) return true;
    // which of several countries' cities: only the text's countries tell
    if (entry.cityEvidence === 'country') return this.countries.has(entry.country ?? '');
    if (afterPlaceWord(this.ctx, m)) return true;
    if (t[m.last + 1]?.t === '-' && LOCATED_WORDS.has(t[m.last + 2]?.l ?? '')) return true;
    return LIST_WORDS.has(t[m.first - 1]?.l ?? '') && lastPlaceEnd === m.first - 2;
  }
}

function afterPlaceWord(ctx: TextContext, m: PhraseMatch): boolean {
  return PLACE_WORDS.has(ctx.tokens[m.first - 1]?.l ?? '');
}

function chooseReading(ctx: TextContext, entry: GazetteerEntry): GazetteerEntry {
  if (entry.alt && entry.alt.when.some((w) => ctx.hasWord(w))) return entry.alt.entry;
  return entry;
}

// "North India", "Greater Sydney": capitalised, but still the place
const PLACE_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'greater', 'mainland', 'rural', 'coastal', 'downtown', 'metro', 'new',
]);
// what follows a person's name: "Jordan Smith, who...", "Michael Jordan said"
const PERSON_CUES = new Set([',', 'said', 'says', 'told', 'who', 'added', 'wrote', 'argued', 'noted']);

/** "Jordan Smith", "Chad Wolf", "Michael Jordan", "Mr Georgia": a person, not a place. */
function looksLikePerson(ctx: TextContext, m: PhraseMatch): boolean {
  return personNameEnd(ctx, m) !== undefined;
}

/** A person for sure: the name is followed by a cue such as "said", so later bare mentions are the person too. */
function certainlyPerson(ctx: TextContext, m: PhraseMatch): boolean {
  const end = personNameEnd(ctx, m);
  return end !== undefined && !ORG_SUFFIXES.has(ctx.tokens[m.last + 1]?.l ?? '') && PERSON_CUES.has(ctx.tokens[end + 1]?.l ?? '');
}

/** Index of the last token of the person's name around the match, if the match looks like part of one. */
function personNameEnd(ctx: TextContext, m: PhraseMatch): number | undefined {
  const next = ctx.tokens[m.last + 1];
  if (isCapWord(next) && ctx.adjacent(m.last, m.last + 1) && !/^\p{Lu}{2,}$/u.test(next?.t ?? '')) return m.last + 1;
  const prev = ctx.tokens[m.first - 1];
  if (!prev || !ctx.adjacent(m.first - 1, m.first) || PLACE_MODIFIERS.has(prev.l)) return undefined;
  if (HONORIFICS.has(prev.l)) return m.last;
  if (!isCapWord(prev)) return undefined;
  // mid-sentence, a capitalised word before the name is a first name ("said Michael Jordan"); opening a sentence it must be
  // a known first name ("Christopher Columbus"), not "In Jordan" or "Neighbouring Jordan"
  return !ctx.sentenceInitial(m.first - 1) || isGivenName(prev.l) ? m.last : undefined;
}
