import { offsetMinutes, utcInstant } from './iso-date';

/** Month names by number, in English (long or short) and Greek abbreviations. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  ιαν: 1, φεβ: 2, μάρ: 3, μάώ: 3, μαρ: 3, απρ: 4, μάι: 5, μαϊ: 5, μαι: 5, ιούν: 6, ιον: 6, ιούλ: 7, ιολ: 7,
  αύγ: 8, αυγ: 8, σεπ: 9, οκτ: 10, νοέ: 11, νοε: 11, δεκ: 12,
};

const WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'κυρ', 'δευ', 'τρι', 'τετ', 'πεμ', 'παρ', 'σαβ']);

/** Zone abbreviations seen in feeds, in minutes east of UTC; AT/ET/CT/MT/PT are US shorthand. */
const ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0, 'etc/gmt': 0, wet: 0, bst: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120,
  eest: 180, msk: 180, ist: 330, jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660, nzst: 720,
  at: -240, ast: -240, adt: -180, et: -300, est: -300, edt: -240, ct: -360, cst: -360, cdt: -300,
  mt: -420, mst: -420, mdt: -360, pt: -480, pst: -480, pdt: -420, akst: -540, hst: -600,
};

interface Fields {
  day?: number;
  month?: number;
  year?: number;
  time?: [number, number, number];
  offset?: number;
}

function monthOf(token: string): number | undefined {
  const lower = token.toLowerCase().replace(/\.$/, '');
  return MONTHS[lower] ?? (lower.length > 3 ? MONTHS[lower.slice(0, 3)] : undefined);
}

function zoneOf(token: string): number | undefined {
  const lower = token.toLowerCase();
  const named = ZONES[lower];
  if (named !== undefined) return named;
  const gmtOffset = /^(?:gmt|utc)?([+-]\d{1,2}(?::?\d{2})?)$/.exec(lower)?.[1];
  if (!gmtOffset) return undefined;
  const padded = /^[+-]\d(?!\d)/.test(gmtOffset) ? `${gmtOffset[0]}0${gmtOffset.slice(1)}` : gmtOffset;
  return offsetMinutes(padded);
}

function fullYear(token: string): number {
  const year = Number(token);
  if (token.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** Assigns one token to a date field; false when the token fits none, which rejects the date. */
function classify(token: string, fields: Fields): boolean {
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(token);
  if (time && !fields.time) {
    fields.time = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    return true;
  }
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(token);
  if (slashed && fields.year === undefined) {
    [fields.year, fields.month, fields.day] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    return true;
  }
  if (/^\d{1,2}$/.test(token) && fields.day === undefined) {
    fields.day = Number(token);
    return true;
  }
  if (/^(\d{2}|\d{4})$/.test(token) && fields.year === undefined) {
    fields.year = fullYear(token);
    return true;
  }
  // "03 Apr 02 1500 GMT" (Herald Sun): a 4-digit time once the year is known.
  const compact = /^([01]\d|2[0-3])([0-5]\d)$/.exec(token);
  if (compact && fields.year !== undefined && !fields.time) {
    fields.time = [Number(compact[1]), Number(compact[2]), 0];
    return true;
  }
  if (WEEKDAYS.has(token.toLowerCase().slice(0, 3)) && /^\p{L}+\.?$/u.test(token) && fields.day === undefined) return true;
  const month = monthOf(token);
  if (month !== undefined && fields.month === undefined) {
    fields.month = month;
    return true;
  }
  const offset = zoneOf(token);
  if (offset !== undefined && fields.offset === undefined) {
    fields.offset = offset;
    return true;
  }
  return false;
}

/** RFC 822/1123 dates and their real-world variants, and asctime; tokens may come in any order. */
export function parseRfc822Date(input: string): Date | undefined {
  const tokens = input.replace(/,/g, ' ').trim().split(/\s+/);
  const fields: Fields = {};
  for (const token of tokens) if (!classify(token, fields)) return undefined;
  const { day, month, year, time = [0, 0, 0], offset = 0 } = fields;
  if (day === undefined || month === undefined || year === undefined) return undefined;
  return utcInstant(year, month, day, time[0], time[1], time[2], offset);
}
