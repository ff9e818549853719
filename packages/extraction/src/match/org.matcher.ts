import { slug } from '../gazetteers/parse-lines';
import type { Token } from '../text/tokenize';
import type { Candidate } from './resolve-overlaps';
import { isCapWord, type TextContext } from './text-context';
import { isFunctionWord } from './compromise-lexicon';
import { LEGAL_FORMS, ORG_SUFFIXES } from './org-suffixes';
import { ruledOutBySense } from './common-sense';
import { orgFormCandidates } from './org-forms';
import { guessOrgsByRole } from './org-roles';
import type { PhraseMatch } from './phrase-index';

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'de', 'du', 'des', 'la', 'the', '-']);

/** Organisations from the gazetteer, plus guesses: capitalised phrases ending in an organisation word. */
export function orgCandidates(ctx: TextContext, matches: PhraseMatch[]): Candidate[] {
  const out: Candidate[] = [];
  const known = new Uint8Array(ctx.tokens.length);
  for (const m of matches) {
    const e = m.alias.entry;
    if (e.kind === 'none' || e.kind === 'hardware') continue;
    known.fill(1, m.first, m.last + 1);
    if (e.kind !== 'org') continue;
    // "Orange", "Etched", "Arm" that open a sentence are usually ordinary words
    if (e.needsContext && m.first === m.last && ctx.sentenceInitial(m.first)) continue;
    if (ruledOutBySense(ctx, m.first, m.last) || (e.sportOnly && !ctx.isAboutSport(m.first))) continue;
    out.push({ kind: 'org', start: m.start, end: m.end, key: e.key, name: e.name, confidence: 0.95, priority: 2 });
  }
  guessOrgs(ctx, known, out);
  guessOrgsByRole(ctx, known, out);
  out.push(...orgFormCandidates(ctx, matches, known));
  return out;
}

function guessOrgs(ctx: TextContext, known: Uint8Array, out: Candidate[]): void {
  const toks = ctx.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isCapWord(toks[i]) || ctx.isTitleCase((toks[i] as Token).sentence)) {
      i++;
      continue;
    }
    // a run of capitalised words, possibly joined by "of", "and", "&"...
    let j = i;
    let lastCap = i;
    while (j + 1 < toks.length && ctx.adjacent(j, j + 1)) {
      const next = toks[j + 1] as Token;
      if (isCapWord(next) || /^\p{Lu}*\d/u.test(next.t)) lastCap = j + 1;
      else if (!CONNECTORS.has(next.l)) break;
      j++;
    }
    guessInRun(ctx, known, i, lastCap, out);
    i = lastCap + 1;
  }
}

/** The whole run ("Ministry of Electronics and Information Technology"), or its parts split at "and"
 * when a part before is already known ("Equinix and Digital Realty", "China Mobile and China Telecom"). */
function guessInRun(ctx: TextContext, known: Uint8Array, first: number, last: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  const parts: Array<[number, number]> = [];
  let partStart = first;
  let lastAnd = -1;
  for (let k = first; k <= last; k++) if (toks[k]?.l === 'and' || toks[k]?.l === '&') lastAnd = k;
  let splitNeeded = false;
  for (let k = first; k <= last; k++) {
    if (known[k] && k < lastAnd) splitNeeded = true;
    if (toks[k]?.l === 'and' || toks[k]?.l === '&') {
      parts.push([partStart, k - 1]);
      partStart = k + 1;
    }
  }
  parts.push([partStart, last]);
  for (const [a, b] of splitNeeded ? parts : [[first, last] as [number, number]]) guessSpan(ctx, a, b, out);
}

/** The organisation word must end the name: "Paris Motor Show", "Investment Company Act", "Asia Digital Editor" are not organisations. */
function guessSpan(ctx: TextContext, first: number, last: number, out: Candidate[]): void {
  const toks = ctx.tokens;
  if (!isSuffix(toks, last)) return;
  let start = first;
  while (start < last && (isFunctionWord((toks[start] as Token).l) || !isCapWord(toks[start]))) start++;
  if (last > start) pushGuess(ctx, toks, start, last, out);
}

const DATA_CENTRES = new Set(['centres', 'centers', 'datacenters', 'datacentres']);

/** An organisation word, or "Data Centres"/"Data Centers" ending an operator's name. */
function isSuffix(toks: Token[], i: number): boolean {
  const l = (toks[i] as Token).l;
  return ORG_SUFFIXES.has(l) || (DATA_CENTRES.has(l) && toks[i - 1]?.l === 'data');
}

function pushGuess(ctx: TextContext, toks: Token[], start: number, end: number, out: Candidate[]): void {
  const s = (toks[start] as Token).start;
  const e = (toks[end] as Token).end;
  const name = ctx.text.slice(s, e);
  const words = toks.slice(start, end + 1).map((t) => t.l);
  // "Prometheus Hyperscale Inc" and "Prometheus Hyperscale" are one organisation; "News Corporation" keeps its form
  const keyWords = words.length > 2 && LEGAL_FORMS.has(words[words.length - 1] as string) ? words.slice(0, -1) : words;
  out.push({ kind: 'org', start: s, end: e, key: slug(keyWords.join(' ')), name, confidence: 0.5, priority: 1 });
}
