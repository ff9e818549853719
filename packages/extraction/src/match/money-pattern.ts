import { NUMBER_WORDS } from '../text/number-words';

/** Currency marks written before an amount, mapped to ISO 4217 codes; the longest are tried first. */
export const PREFIX_CURRENCIES: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', USD: 'USD', $: 'USD',
  C$: 'CAD', CA$: 'CAD', CAD: 'CAD', A$: 'AUD', AU$: 'AUD', AUD: 'AUD', NZ$: 'NZD', NZD: 'NZD',
  S$: 'SGD', SGD: 'SGD', HK$: 'HKD', HKD: 'HKD', R$: 'BRL', BRL: 'BRL', MX$: 'MXN', Mex$: 'MXN',
  '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', 'JP¥': 'JPY', CNY: 'CNY', RMB: 'CNY', 'CN¥': 'CNY',
  '₹': 'INR', INR: 'INR', Rs: 'INR', 'Rs.': 'INR', '₩': 'KRW', KRW: 'KRW', CHF: 'CHF',
  AED: 'AED', Dh: 'AED', Dhs: 'AED', SAR: 'SAR', SR: 'SAR', QAR: 'QAR', QR: 'QAR', KWD: 'KWD', BHD: 'BHD', OMR: 'OMR', JOD: 'JOD',
  SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', CZK: 'CZK', HUF: 'HUF', RON: 'RON', RUB: 'RUB', '₽': 'RUB', UAH: 'UAH', '₴': 'UAH',
  ZAR: 'ZAR', R: 'ZAR', NT$: 'TWD', TWD: 'TWD', MYR: 'MYR', RM: 'MYR', IDR: 'IDR', Rp: 'IDR', MXN: 'MXN',
  ILS: 'ILS', NIS: 'ILS', '₪': 'ILS', THB: 'THB', '฿': 'THB', VND: 'VND', '₫': 'VND', PHP: 'PHP', '₱': 'PHP',
  TRY: 'TRY', '₺': 'TRY', PLN: 'PLN', EGP: 'EGP', 'E£': 'EGP', MAD: 'MAD', NGN: 'NGN', '₦': 'NGN',
  KES: 'KES', KSh: 'KES', Ksh: 'KES', KShs: 'KES', TZS: 'TZS', TSh: 'TZS', UGX: 'UGX', USh: 'UGX', RWF: 'RWF', ETB: 'ETB',
  GHS: 'GHS', 'GH₵': 'GHS', '₵': 'GHS', XOF: 'XOF', ZMW: 'ZMW',
  PKR: 'PKR', LKR: 'LKR', BDT: 'BDT', '৳': 'BDT', ARS: 'ARS', CLP: 'CLP', COP: 'COP', PEN: 'PEN', KZT: 'KZT', '₸': 'KZT',
};

/** Marks that are also other things ("R2", "PHP 8", "SR 71"): money only with a scale (`R10bn`, `PHP 5 billion`). */
export const SCALE_ONLY_PREFIXES = new Set(['R', 'PHP', 'SR', 'QR']);

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
  [/^rupees?$/, 'INR'],
  [/^dirhams?$/, 'AED'],
  [/^(?:saudi )?riyals?$/, 'SAR'],
  [/^swiss francs?$/, 'CHF'],
  [/^(?:reais|brazilian reals?)$/, 'BRL'],
  [/^(?:shekels?|new shekels?)$/, 'ILS'],
  [/^(?:lira|turkish lira)$/, 'TRY'],
  [/^(?:polish )?zlotys?$/, 'PLN'],
  [/^(?:nigerian )?naira$/, 'NGN'],
  [/^(?:south african )?rand$/, 'ZAR'],
  [/^(?:kenyan )?shillings?$/, 'KES'],
  [/^tanzanian shillings?$/, 'TZS'],
  [/^ugandan shillings?$/, 'UGX'],
  [/^(?:ghanaian )?cedis?$/, 'GHS'],
  [/^(?:ethiopian )?birr$/, 'ETB'],
  [/^egyptian pounds?$/, 'EGP'],
  [/^moroccan dirhams?$/, 'MAD'],
  [/^(?:uae |emirati )dirhams?$/, 'AED'],
  [/^qatari riyals?$/, 'QAR'],
  [/^omani rials?$/, 'OMR'],
  [/^kuwaiti dinars?$/, 'KWD'],
  [/^bahraini dinars?$/, 'BHD'],
  [/^jordanian dinars?$/, 'JOD'],
  [/^indian rupees?$/, 'INR'],
  [/^pakistani rupees?$/, 'PKR'],
  [/^sri lankan rupees?$/, 'LKR'],
  [/^(?:bangladeshi )?taka$/, 'BDT'],
  [/^philippine pesos?$/, 'PHP'],
  [/^mexican pesos?$/, 'MXN'],
  [/^argentine pesos?$/, 'ARS'],
  [/^chilean pesos?$/, 'CLP'],
  [/^colombian pesos?$/, 'COP'],
  [/^(?:peruvian )?soles$/, 'PEN'],
  [/^(?:japanese )?yen$/, 'JPY'],
  [/^(?:chinese )?(?:yuan|renminbi)$/, 'CNY'],
  [/^(?:(?:south )?korean )?won$/, 'KRW'],
  [/^(?:indonesian )?rupiah$/, 'IDR'],
  [/^(?:swedish )?kronor$/, 'SEK'],
  [/^(?:norwegian )?kroner$/, 'NOK'],
  [/^danish kroner$/, 'DKK'],
  [/^(?:czech )?korunas?$/, 'CZK'],
  [/^(?:hungarian )?forints?$/, 'HUF'],
  [/^(?:romanian )?lei$/, 'RON'],
  [/^(?:russian )?r[ou]ubles?$/, 'RUB'],
  [/^(?:ukrainian )?hryvnias?$/, 'UAH'],
  [/^(?:kazakh )?tenge$/, 'KZT'],
  [/^(?:vietnamese )?dong$/, 'VND'],
  [/^(?:thai )?baht$/, 'THB'],
  [/^(?:malaysian )?ringgit$/, 'MYR'],
  [/^nis$/, 'ILS'],
  [/^(?:usd|eur|gbp|jpy|cny|inr|krw|chf|aed|sar|qar|kwd|bhd|omr|jod|cad|aud|sgd|hkd|brl|nzd|sek|nok|dkk|czk|huf|ron|rub|uah|zar|twd|myr|idr|mxn|ils|thb|vnd|php|try|pln|egp|mad|ngn|kes|tzs|ugx|rwf|etb|ghs|xof|zmw|pkr|lkr|bdt|ars|clp|cop|pen|kzt)$/, ''],
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
/** A number in figures or words (`1,200.5`, `two hundred`). */
export const NUM = `${DIGITS}|${WORDS}`;
// attached abbreviations (5bn, 5 bn) or spelled-out scales (5 billion, a $5-billion deal); single letters only when attached
// spelled-out scales in any case and even glued to the number (`£2.3 Billion`, `£45.2million`, `$5BILLION`)
const SCALE_WORDS = String.raw`[Ll]akhs?\s+[Cc]rores?|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Ll]akhs?|[Cc]rores?|THOUSAND|MILLION|BILLION|TRILLION`;
const SCALE = String.raw`\s?(?:mn|mln|bn|bln|tn|trn|cr)(?![\p{L}\p{N}])|(?:k|K|m|M|b|B|T)(?![\p{L}\p{N}])|(?:\s*|-)(?:${SCALE_WORDS})\b`;
const CURRENCY_WORDS = [
  String.raw`(?:US|U\.S\.|American|Canadian|Australian|Singapore|Hong Kong|New Zealand|New Taiwan|Taiwan)\s+dollars?`,
  'dollars?', 'euros?', String.raw`pounds?(?:\s+sterling)?`, 'sterling', String.raw`(?:Japanese\s+)?yen`,
  String.raw`(?:Chinese\s+)?(?:yuan|renminbi)`, String.raw`(?:Indian\s+|Pakistani\s+|Sri\s+Lankan\s+)?rupees?`,
  String.raw`(?:(?:South\s+)?Korean\s+)?won`, String.raw`(?:UAE\s+|Emirati\s+|Moroccan\s+)?dirhams?`,
  String.raw`(?:Saudi\s+|Qatari\s+)?riyals?`, String.raw`Omani\s+rials?`, String.raw`(?:Kuwaiti|Bahraini|Jordanian)\s+dinars?`,
  String.raw`Swiss\s+francs?`, 'reais', String.raw`Brazilian\s+reals?`, String.raw`(?:Malaysian\s+)?ringgit`,
  String.raw`(?:new\s+)?shekels?`, String.raw`(?:Thai\s+)?baht`, String.raw`(?:Indonesian\s+)?rupiah`, String.raw`(?:Vietnamese\s+)?dong`,
  String.raw`(?:Turkish\s+)?lira`, String.raw`(?:Polish\s+)?zlotys?`, String.raw`(?:Nigerian\s+)?naira`, String.raw`(?:South\s+African\s+)?rand`,
  String.raw`(?:Kenyan\s+|Tanzanian\s+|Ugandan\s+)?shillings?`, String.raw`(?:Ghanaian\s+)?cedis?`, String.raw`(?:Ethiopian\s+)?birr`,
  String.raw`Egyptian\s+pounds?`, String.raw`(?:Bangladeshi\s+)?taka`, String.raw`(?:Philippine|Mexican|Argentine|Chilean|Colombian)\s+pesos?`,
  String.raw`(?:Peruvian\s+)?soles`, String.raw`(?:Swedish\s+)?kronor`, String.raw`(?:Norwegian\s+|Danish\s+)?kroner`,
  String.raw`(?:Czech\s+)?korunas?`, String.raw`(?:Hungarian\s+)?forints?`, String.raw`(?:Romanian\s+)?lei`,
  String.raw`(?:Russian\s+)?r[ou]ubles?`, String.raw`(?:Ukrainian\s+)?hryvnias?`, String.raw`(?:Kazakh\s+)?tenge`,
].map(anyCase);
const CODES =
  'USD|EUR|GBP|JPY|CNY|INR|KRW|CHF|AED|SAR|QAR|KWD|BHD|OMR|JOD|CAD|AUD|SGD|HKD|BRL|NZD|SEK|NOK|DKK|CZK|HUF|RON|RUB|UAH|ZAR|TWD|MYR|IDR|MXN|ILS|NIS|THB|VND|TRY|PLN|EGP|MAD|NGN|KES|TZS|UGX|RWF|ETB|GHS|XOF|ZMW|PKR|LKR|BDT|ARS|CLP|COP|PEN|KZT';
const SUFFIX = String.raw`\s+(?:${CURRENCY_WORDS.join('|')}|${CODES})(?![\p{L}\p{N}])`;
const SEP = String.raw`\s*(?:-|–|—|to|and)\s*`;

/**
 * One amount or range, with its currency before (p1/p2) or after (sfx). Groups: p1 a plus? sa (sep p2 b sb)? sfx?
 * (`plus`: `$300+ billion`, at least that much).
 * Whether the parts make sense together (scale inheritance, "and" only after "between") is decided in code.
 * Shared and stateful (lastIndex): callers reset it; extraction is synchronous, so no two scans overlap.
 */
export const MONEY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$])(?:(?<p1>${prefixes})\s?)?(?<a>${NUM})(?<plus>\+)?(?<sa>${SCALE})?` +
    String.raw`(?:(?<sep>${SEP})(?:(?<p2>${prefixes})\s?)?(?<b>${NUM})(?<sb>${SCALE})?)?(?<sfx>${SUFFIX})?`,
  'gud',
);
