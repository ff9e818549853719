import { NUMBER_WORDS } from '../text/number-words';

/** Currency marks written before an amount, mapped to ISO 4217 codes; the longest are tried first. */
export const PREFIX_CURRENCIES: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', USD: 'USD', $: 'USD',
  C$: 'CAD', CA$: 'CAD', CAD: 'CAD', A$: 'AUD', AU$: 'AUD', AUD: 'AUD', NZ$: 'NZD', NZD: 'NZD',
  S$: 'SGD', SGD: 'SGD', HK$: 'HKD', HKD: 'HKD', R$: 'BRL', BRL: 'BRL',
  '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY',
  '₹': 'INR', INR: 'INR', Rs: 'INR', 'Rs.': 'INR', '₩': 'KRW', KRW: 'KRW', CHF: 'CHF',
  AED: 'AED', Dh: 'AED', Dhs: 'AED', SAR: 'SAR', QAR: 'QAR', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', ZAR: 'ZAR',
  NT$: 'TWD', TWD: 'TWD', MYR: 'MYR', RM: 'MYR', IDR: 'IDR', Rp: 'IDR', MXN: 'MXN',
  ILS: 'ILS', NIS: 'ILS', '₪': 'ILS', THB: 'THB', '฿': 'THB', VND: 'VND', '₱': 'PHP', TRY: 'TRY', PLN: 'PLN',
  EGP: 'EGP', NGN: 'NGN', '₦': 'NGN', KES: 'KES', ARS: 'ARS', CLP: 'CLP', KZT: 'KZT',
};

/** Currency words written after an amount. */
export const SUFFIX_CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:us|u\.s\.|american) dollars?$/, 'USD'],
  [/^canadian dollars?$/, 'CAD'],
  [/^australian dollars?$/, 'AUD'],
  [/^singapore dollars?$/, 'SGD'],
  [/^hong kong dollars?$/, 'HKD'],
  [/^new zealand dollars?$/, 'NZD'],
  [/^(?:new )?taiwan dollars?$/, 'TWD'],
  [/^dollars?$/, 'USD'],
  [/^euros?$/, 'EUR'],
  [/^(?:pounds?(?: sterling)?|sterling)$/, 'GBP'],
  [/^yen$/, 'JPY'],
  [/^(?:yuan|renminbi)$/, 'CNY'],
  [/^rupees?$/, 'INR'],
  [/^won$/, 'KRW'],
  [/^dirhams?$/, 'AED'],
  [/^(?:saudi )?riyals?$/, 'SAR'],
  [/^swiss francs?$/, 'CHF'],
  [/^(?:reais|brazilian reals?)$/, 'BRL'],
  [/^ringgit$/, 'MYR'],
  [/^(?:shekels?|new shekels?)$/, 'ILS'],
  [/^baht$/, 'THB'],
  [/^rupiah$/, 'IDR'],
  [/^dong$/, 'VND'],
  [/^(?:lira|turkish lira)$/, 'TRY'],
  [/^zloty$/, 'PLN'],
  [/^naira$/, 'NGN'],
  [/^rand$/, 'ZAR'],
  [/^(?:kenyan )?shillings?$/, 'KES'],
  [/^nis$/, 'ILS'],
  [/^(?:usd|eur|gbp|jpy|cny|inr|krw|chf|aed|sar|qar|cad|aud|sgd|hkd|brl|nzd|sek|nok|dkk|zar|twd|myr|idr|mxn|ils|thb|vnd|try|pln|egp|ngn|kes)$/, ''],
];

export const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9,
  t: 1e12, tn: 1e12, trn: 1e12, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
  'lakh crore': 1e12, 'lakh crores': 1e12, 'lakhs crore': 1e12, 'lakhs crores': 1e12,
};

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefixes = Object.keys(PREFIX_CURRENCIES).sort((a, b) => b.length - a.length).map(esc).join('|');
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// Codes and marks are matched in their written case ("try 5 times" is no Turkish lira); words may open a sentence.
const anyCase = (w: string): string => (/^[a-z]/.test(w) ? `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}` : w);
const WORD = `(?:${NUMBER_WORDS.map(anyCase).join('|')})`;
const WORDS = String.raw`${WORD}(?:[\s-]+(?:and\s+)?${WORD})*`;
const NUM = `${DIGITS}|${WORDS}`;
// attached abbreviations (5bn, 5 bn) or spelled-out scales (5 billion, a $5-billion deal); single letters only when attached
const SCALE = String.raw`\s?(?:mn|mln|bn|bln|tn|trn|cr)(?![\p{L}\p{N}])|(?:k|K|m|M|b|B|T)(?![\p{L}\p{N}])|(?:\s+|-)(?:lakhs?\s+crores?|thousand|million|billion|trillion|lakhs?|crores?)\b`;
const CURRENCY_WORDS = [
  String.raw`(?:US|U\.S\.|American|Canadian|Australian|Singapore|Hong Kong|New Zealand|New Taiwan|Taiwan)\s+dollars?`,
  'dollars?', 'euros?', String.raw`pounds?(?:\s+sterling)?`, 'sterling', 'yen', 'yuan', 'renminbi', 'rupees?', 'won', 'dirhams?',
  String.raw`(?:Saudi\s+)?riyals?`, String.raw`Swiss\s+francs?`, 'reais', String.raw`Brazilian\s+reals?`, 'ringgit',
  String.raw`(?:new\s+)?shekels?`, 'baht', 'rupiah', 'dong', String.raw`(?:Turkish\s+)?lira`, 'zloty', 'naira', 'rand',
  String.raw`(?:Kenyan\s+)?shillings?`,
].map(anyCase);
const CODES = 'USD|EUR|GBP|JPY|CNY|INR|KRW|CHF|AED|SAR|QAR|CAD|AUD|SGD|HKD|BRL|NZD|SEK|NOK|DKK|ZAR|TWD|MYR|IDR|MXN|ILS|NIS|THB|VND|TRY|PLN|EGP|NGN|KES';
const SUFFIX = String.raw`\s+(?:${CURRENCY_WORDS.join('|')}|${CODES})(?![\p{L}\p{N}])`;
const SEP = String.raw`\s*(?:-|–|—|to|and)\s*`;

/**
 * One amount or range, with its currency before (p1/p2) or after (sfx). Groups: p1 a sa (sep p2 b sb)? sfx?
 * Whether the parts make sense together (scale inheritance, "and" only after "between") is decided in code.
 * Shared and stateful (lastIndex): callers reset it; extraction is synchronous, so no two scans overlap.
 */
export const MONEY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$])(?:(?<p1>${prefixes})\s?)?(?<a>${NUM})(?<sa>${SCALE})?` +
    String.raw`(?:(?<sep>${SEP})(?:(?<p2>${prefixes})\s?)?(?<b>${NUM})(?<sb>${SCALE})?)?(?<sfx>${SUFFIX})?`,
  'gud',
);
