import { parseIsoDate, utcInstant } from './iso-date';
import { parseRfc822Date } from './rfc822-date';

const KST = 9 * 60;

/** Korean blog platforms: "2004년 05월 28일 01:31:15" and "2004-05-25 오후 11:23:17", in Korean time. */
function parseKoreanDate(text: string): Date | undefined {
  const match =
    /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(text) ??
    /^(\d{4})-(\d{2})-(\d{2})\s+(?:오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const afternoon = text.includes('오후') ? 12 : 0;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
  return utcInstant(year!, month!, day!, (hour! % 12) + afternoon, minute!, second!, KST);
}

/**
 * A feed date as an ISO string (UTC), or undefined when it cannot be read: an unreadable date must
 * cost the item its date, never the item itself.
 */
export function parseDate(input: string | undefined): string | undefined {
  const text = input?.trim();
  if (!text) return undefined;
  const date = parseIsoDate(text) ?? parseRfc822Date(text) ?? parseKoreanDate(text);
  return date?.toISOString();
}
