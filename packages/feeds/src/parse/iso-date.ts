/** Hungarian month names (feedparser's corpus has them in ISO-shaped dates). */
const HUNGARIAN_MONTHS = [
  'január', 'február', 'március', 'április', 'május', 'június',
  'július', 'augusztus', 'szeptember', 'október', 'november', 'december',
];

const W3C_DTF =
  /^(\d{4})(?:-(\d{2,3})(?:-(\d{2}))?)?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * A UTC instant from calendar fields, or undefined when any field is out of range (day 31 in April,
 * minute 61...). Years below 100 are taken literally, unlike Date.UTC.
 */
export function utcInstant(
  year: number, month: number, day: number, hour = 0, minute = 0, second = 0, offset = 0,
): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  if (date.getUTCDate() !== day) return undefined;
  date.setUTCMinutes(date.getUTCMinutes() - offset);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function twoDigitYear(yy: string): number {
  return 2000 + Number(yy);
}

/** ISO 8601 forms with two-digit years that old feed generators emitted. */
function parseShortIso(text: string): Date | undefined {
  let match = /^-(\d{2})-?(\d{2})$/.exec(text);
  if (match) return utcInstant(twoDigitYear(match[1]!), Number(match[2]), 1);
  match = /^(\d{2})-?(\d{2})-?(\d{2})$/.exec(text);
  if (match) return utcInstant(twoDigitYear(match[1]!), Number(match[2]), Number(match[3]));
  return undefined;
}

/** W3C-DTF / ISO 8601 (year, month, day, optional time and zone), including common sloppiness. */
export function parseIsoDate(input: string): Date | undefined {
  const text = input.replace(/-(\p{L}+)-/u, (whole, name: string) => {
    const index = HUNGARIAN_MONTHS.indexOf(name.toLowerCase());
    return index < 0 ? whole : `-${String(index + 1).padStart(2, '0')}-`;
  });
  const match = W3C_DTF.exec(text);
  if (!match) return parseShortIso(text);
  const [, year, rawMonth, day, hour, minute, second, zone] = match;
  // Google once emitted three-digit months ("2003-012-31").
  const month = rawMonth?.length === 3 && rawMonth.startsWith('0') ? rawMonth.slice(1) : rawMonth;
  if (month?.length === 3) return undefined;
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  return utcInstant(Number(year), Number(month ?? 1), Number(day ?? 1), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), offset);
}
