/** Separators between a byline's parts: `By Jo Smith · 11 November 2026`, `By Jo Smith | Updated…`, line breaks. */
const PARTS = /\s*(?:[·•|\n\r]|\s[-–—]\s)\s*/;
const LEAD = /^(?:(?:written|reported|story|words|text)\s+)?(?:by|par|von|por|di|door|av)\b\s*:?\s*/i;
/** Parts that name someone other than the author. */
const OTHER_ROLE = /^(?:edited|photos?|photography|illustrations?|graphics|additional reporting)\s+by\b/i;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?`;
/** Where a date or time starts after the name: `Jo Smith, 11 Nov 2026`, `Jo Smith Updated March 3`, `Jo Smith22 Dec`. */
const DATE_TAIL = new RegExp(
  String.raw`(?:,\s*|\s+|(?=\d))(?:(?:on|updated|published|posted|last updated):?\s+)?(?:\d|${MONTH}\s+\d|${DAY}\s|(?:updated|published|posted)\b|today\b|yesterday\b).*$`,
  'is',
);
/** Longer "bylines" are page text that a meta tag or a class name picked up; their head is enough. */
const MAX_CHARS = 300;
const URL = /\(?\bhttps?:\/\/\S+\)?/gi;

/** The names of a byline, without "By", dates, times or links; undefined when nothing but those is left. */
export function cleanByline(byline: string | undefined): string | undefined {
  if (!byline) return undefined;
  const names = byline
    .slice(0, MAX_CHARS)
    .replace(URL, ' ')
    .split(PARTS)
    .filter((part) => !OTHER_ROLE.test(part))
    .map((part) => ` ${part.replace(/\s+/g, ' ').trim().replace(LEAD, '')}`.replace(DATE_TAIL, '').replace(/[\s,;:]+$/, '').trim())
    .filter((part) => /\p{L}/u.test(part) && !/^(?:by|updated|published|posted)$/i.test(part));
  return names.length > 0 ? names.join(', ') : undefined;
}
