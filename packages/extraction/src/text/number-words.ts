const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words a spelled-out number may contain (for building the money pattern). */
export const NUMBER_WORDS = [...Object.keys(SMALL), 'half', 'hundred', 'dozen'];

/**
 * Value of a spelled-out number below a thousand ("two hundred and fifty", "half a", "a") or NaN.
 * Scales (million, billion...) are applied by the caller.
 */
export function parseNumberWords(phrase: string): number {
  let total = 0;
  let seen = false;
  let half = false;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === '' || word === 'and') continue;
    if (word === 'half') half = true;
    else if (word === 'hundred') total = (total || 1) * 100;
    else if (word === 'dozen') total = (total || 1) * 12;
    else if ((word === 'a' || word === 'an') && half) continue;
    else if (word in SMALL) total += SMALL[word] as number;
    else return Number.NaN;
    seen = true;
  }
  if (!seen) return Number.NaN;
  return half ? (total || 1) * 0.5 : total;
}

/** A number as written in figures (`1,200.5`) or words (`two hundred`); `words` says which. */
export function parseNumber(raw: string): { n: number; words: boolean } {
  if (/^\d/.test(raw)) return { n: Number(raw.replace(/,/g, '')), words: false };
  return { n: parseNumberWords(raw), words: true };
}
