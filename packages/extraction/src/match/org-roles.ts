import { slug } from '../gazetteers/parse-lines';
import type { Token } from '../text/tokenize';
import type { Candidate } from './resolve-overlaps';
import { isCapWord, type TextContext } from './text-context';
import { isFunctionWord } from './compromise-lexicon';

/** Nouns that name what a business is: "grid operator EirGrid", "Teraco, the largest data-centre operator". */
const ROLES = new Set([
  'startup', 'startups', 'chipmaker', 'operator', 'neocloud', 'provider', 'lender', 'investor', 'fund', 'firm', 'maker',
  'manufacturer', 'telco', 'carrier', 'utility', 'conglomerate', 'insurer', 'consultancy', 'integrator', 'supplier', 'company',
  'subsidiary', 'group', 'lab', 'hyperscaler',
]);
// also people's jobs ("developer Ammar Askar"), so only as the head of an appositive: "Vantage, a data-centre developer,"
const APPOSITIVE_ONLY = new Set(['developer', 'designer']);
// words that end an appositive before its head noun: "an adviser to several AI start-ups" is about a person
const APPOSITIVE_STOPS = new Set([',', '.', ';', 'to', 'of', 'at', 'for', 'with', 'by', 'who', 'whose', 'from', 'on']);
const MAX_NAME = 3;
const MAX_APPOSITIVE = 8;

/** Unknown organisations named next to a word for what they are; confidence 0.5 like other guesses. */
export function guessOrgsByRole(ctx: TextContext, known: Uint8Array, out: Candidate[]): void {
  const toks = ctx.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const tok = toks[i] as Token;
    // "grid operator EirGrid", "startup Sarvam"
    if (ROLES.has(tok.l) && !tok.cap && ctx.adjacent(i, i + 1)) {
      const end = nameEnd(ctx, known, i + 1);
      if (end !== undefined) push(ctx, i + 1, end, out);
    }
    // "Teraco, South Africa's largest data-centre operator, is..."
    if (tok.t === ',' && i > 0 && hasRoleHead(toks, i + 1)) {
      const start = nameStart(ctx, known, i - 1);
      if (start !== undefined) push(ctx, start, i - 1, out);
    }
  }
}

function nameEnd(ctx: TextContext, known: Uint8Array, first: number): number | undefined {
  let end = first - 1;
  while (end + 1 < ctx.tokens.length && end + 1 - first < MAX_NAME && isNameWord(ctx, known, end + 1)) {
    if (end >= first && !ctx.adjacent(end, end + 1)) break;
    end++;
  }
  return end >= first ? end : undefined;
}

function nameStart(ctx: TextContext, known: Uint8Array, last: number): number | undefined {
  let start = last + 1;
  while (start - 1 >= 0 && last - (start - 1) < MAX_NAME && isNameWord(ctx, known, start - 1)) {
    if (start <= last && !ctx.adjacent(start - 1, start)) break;
    start--;
  }
  if (start > last) return undefined;
  // the name must open its clause: sentence start, or after "and", "while", "(" or a comma
  const before = ctx.tokens[start - 1];
  const opens = ctx.sentenceInitial(start) || (before !== undefined && /^(?:,|and|while|\(|;)$/.test(before.l));
  return opens ? start : undefined;
}

function isNameWord(ctx: TextContext, known: Uint8Array, i: number): boolean {
  const tok = ctx.tokens[i];
  return !!tok && !known[i] && isCapWord(tok) && !isFunctionWord(tok.l);
}

function hasRoleHead(toks: Token[], from: number): boolean {
  let words = 0;
  for (let k = from; k < toks.length && words < MAX_APPOSITIVE; k++) {
    const t = toks[k] as Token;
    if (k > from && APPOSITIVE_STOPS.has(t.l)) return false;
    if (/^[\p{L}\p{N}]/u.test(t.t)) words++;
    if ((ROLES.has(t.l) || APPOSITIVE_ONLY.has(t.l)) && !t.cap) return /^(?:,|\.|that|which|owned|backed|based|in|founded|and|is|has|said)$/.test(toks[k + 1]?.l ?? '.');
  }
  return false;
}

function push(ctx: TextContext, first: number, last: number, out: Candidate[]): void {
  const s = (ctx.tokens[first] as Token).start;
  const e = (ctx.tokens[last] as Token).end;
  const name = ctx.text.slice(s, e);
  out.push({ kind: 'org', start: s, end: e, key: slug(name), name, confidence: 0.5, priority: 1 });
}
