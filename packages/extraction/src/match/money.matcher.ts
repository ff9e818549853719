import { USD_PER_UNIT } from '../gazetteers/usd-rates';
import { parseNumber } from '../text/number-words';
import type { MoneyValue } from '../types';
import { formatMoney } from './format-money';
import { MONEY_RE, PREFIX_CURRENCIES, SCALE_ONLY_PREFIXES, SCALES, SUFFIX_CURRENCIES } from './money-pattern';

export interface MoneyMatch {
  start: number;
  end: number;
  value: MoneyValue;
  name: string;
  confidence: number;
}

const QUALIFIER_RE =
  /(?:^|[^\p{L}])(about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|up to|more than|over|at least|upwards of|in excess of|less than|under|below|above|just over|just under|~|c\.)\s*$/iu;
const AT_LEAST = new Set(['more than', 'over', 'at least', 'upwards of', 'in excess of', 'above', 'just over']);
const AT_MOST = new Set(['up to', 'less than', 'under', 'below', 'just under']);
const BETWEEN_RE = /(?:^|[^\p{L}])(?:between|from)\s*$/iu;
// per-unit prices are rates, not amounts ("$10 per hour", "$80 a barrel", "$2/GPU-hour"); "a year" stays an amount
const RATE_RE =
  /^[\s-]*(?:per\b|each\b|apiece\b|\/\s*[\p{L}]|(?:a|an|each)[\s-]+(?:hour|kilowatt|kwh|mwh|megawatt|gigawatt|watt|barrel|share|month|week|day|night|gpu|chip|card|token|user|seat|head|unit|tonne|ton|ounce|gallon|litre|liter|square|piece|server|rack|node)\b)/iu;

// exchange-rate quotes are not amounts: "($1 = 0.9312 euros)", "the euro fell to $1.0830"
const QUOTE_AFTER_RE = /^\s*=/;
const QUOTE_BEFORE_RE = /=\s*$/;
const QUOTED_CURRENCY_RE =
  /\b(?:euro|dollar|greenback|yen|pound|sterling|yuan|renminbi|rupee|won|franc|lira|r[ou]ble|real|peso|rand|naira|shilling|ringgit|baht|rupiah|dong|dirham|riyal)s?\b[^.!?\d]{0,25}$/i;
// three or more decimals ("$1.0830") are a rate or a price, never a deal
const RATE_DIGITS_RE = /\.\d{3,}$/;

function isQuote(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return QUOTE_AFTER_RE.test(text.slice(end, end + 3)) || QUOTE_BEFORE_RE.test(before) || RATE_DIGITS_RE.test(raw) || QUOTED_CURRENCY_RE.test(before);
}

function currencyOf(prefix: string | undefined, suffix: string | undefined): string | undefined {
  if (suffix) {
    const word = suffix.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const [re, code] of SUFFIX_CURRENCIES) if (re.test(word)) return code || word.toUpperCase();
  }
  return prefix === undefined ? undefined : PREFIX_CURRENCIES[prefix];
}

function scaleOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const key = raw.replace(/^[\s-]+/, '').trim().replace(/\s+/g, ' ');
  return SCALES[key] ?? SCALES[key.toLowerCase()];
}

const BRITISH_RE = /£|sterling|\bGBP\b|\bUK\b|\bU\.K\.|Britain|British|England|London/;

/** "800 pounds", "2 million pounds of cherries", or any pounds in a text with nothing British about it. */
function isWeight(text: string, end: number, scale: number | undefined, british: () => boolean): boolean {
  return scale === undefined || /^\s+of\b/.test(text.slice(end, end + 4)) || !british();
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Money amounts and ranges with their currency; rates and amounts without a currency are skipped. */
export function matchMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  const re = MONEY_RE;
  re.lastIndex = 0;
  // asked once per text, not once per amount in pounds: a page of them would be quadratic
  let british: boolean | undefined;
  const isBritish = (): boolean => (british ??= BRITISH_RE.test(text));
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups ?? {};
    const idx = m.indices?.groups ?? {};
    const match = interpret(text, m.index, g, idx, isBritish);
    if (match) {
      out.push(match);
      re.lastIndex = match.end;
    } else if (g.b !== undefined && idx.sep && (g.p1 ?? g.p2 ?? g.sfx) !== undefined) {
      // the second half may be an amount of its own ("from 2023 to $5 billion"); without any currency it is none
      re.lastIndex = (idx.sep as [number, number])[1];
    }
    if (re.lastIndex <= m.index) re.lastIndex = m.index + 1;
  }
  return out;
}

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

function interpret(text: string, start: number, g: Groups, idx: Indices, british: () => boolean): MoneyMatch | undefined {
  // most matches are bare numbers ("2024", "a"): no currency anywhere
  if (g.p1 === undefined && g.p2 === undefined && g.sfx === undefined) return undefined;
  const a = parseNumber(g.a ?? '');
  const sa = scaleOf(g.sa);
  let b = g.b !== undefined ? parseNumber(g.b) : undefined;
  let sb = scaleOf(g.sb);
  let end = (idx.sfx ?? idx.sb ?? idx.b ?? idx.sa ?? idx.plus ?? idx.a ?? [0, start])[1];
  let suffix = g.sfx;
  const sep = g.sep?.trim().toLowerCase();
  const rangeOk =
    b !== undefined && !Number.isNaN(b.n) && (sb !== undefined || sa === undefined) &&
    (g.p1 === undefined ? g.p2 === undefined : g.p2 !== undefined || sb !== undefined || /^[-–—]$/.test(sep ?? '')) &&
    (sep !== 'and' || BETWEEN_RE.test(text.slice(Math.max(0, start - 12), start)));
  if (!rangeOk && b !== undefined) {
    // not a range: keep the first amount only
    if (g.p1 === undefined) return undefined;
    b = undefined;
    sb = undefined;
    suffix = undefined;
    end = (idx.sa ?? idx.plus ?? idx.a ?? [0, start])[1];
  }
  const currency = currencyOf(g.p1 ?? g.p2, suffix);
  if (!currency || Number.isNaN(a.n)) return undefined;
  if (suffix && /^\s+pounds?$/i.test(suffix) && isWeight(text, end, sa ?? sb, british)) return undefined;
  const scaled = (b ? sb : sa) !== undefined;
  if ((a.words || b?.words) && !scaled) return undefined;
  if (!suffix && SCALE_ONLY_PREFIXES.has(g.p1 ?? g.p2 ?? '') && !scaled) return undefined;
  if (RATE_RE.test(text.slice(end, end + 40))) return undefined;
  if (!scaled && isQuote(text, start, end, b ? (g.b ?? '') : (g.a ?? ''))) return undefined;
  const scale1 = sa ?? (b ? sb : undefined) ?? 1;
  const lo = round(a.n * scale1);
  const hi = b ? round(b.n * (sb ?? scale1)) : undefined;
  const qualifier = g.plus ? 'more than' : QUALIFIER_RE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  // a range keeps both ends and gets no invented midpoint
  const value: MoneyValue =
    hi !== undefined ? { currency, min: Math.min(lo, hi), max: Math.max(lo, hi), approx: true } : { currency, amount: lo };
  if (qualifier && hi === undefined) {
    value.approx = true;
    if (AT_LEAST.has(qualifier)) value.min = lo;
    if (AT_MOST.has(qualifier)) value.max = lo;
  }
  const rate = USD_PER_UNIT[currency];
  if (rate !== undefined) {
    const inUsd = hi === undefined ? { usd: lo } : { usdMin: value.min as number, usdMax: value.max as number };
    for (const [k, x] of Object.entries(inUsd)) value[k as 'usd'] = Math.round(x * rate);
  }
  const confidence = a.words || b?.words ? 0.85 : 0.95;
  return { start, end, value, name: formatMoney(value), confidence };
}
