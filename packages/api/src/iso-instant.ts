import { z } from 'zod';

// zod checks the shape and that the day exists (2020-02-30, 2023-02-29 fail)
const ISO_DATE_OR_DATE_TIME = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
// years PostgreSQL and JavaScript both read and write as four ISO digits
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A strict ISO 8601 instant: `2024-06-01` (midnight UTC) or
 * `2024-06-01T12:00:00Z` / `…+05:30`, on the calendar, in years 0001–9999 UTC.
 * What `Date.parse` alone accepts ("2024", "June 31 2024") is refused.
 */
export function parseIsoInstant(text: string): Date | undefined {
  if (!ISO_DATE_OR_DATE_TIME.safeParse(text).success) return undefined;
  const time = Date.parse(text);
  return time >= EARLIEST && time <= LATEST ? new Date(time) : undefined;
}
