import { z } from 'zod';
import { parseIsoInstant } from './iso-instant';

// C0, DEL and C1 controls: PostgreSQL refuses NUL in text, and none belongs in a search or a name
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Free text from a caller: 1..max characters, no control characters, well-formed Unicode. */
export const queryText = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !CONTROL.test(s) && !LONE_SURROGATE.test(s), 'must not contain control characters');

/** A date (`2024-06-01`) or date-time with offset (`2024-06-01T12:00:00Z`), as a Date. */
export const queryInstant = z.string().transform((text, ctx) => {
  const instant = parseIsoInstant(text);
  if (instant) return instant;
  ctx.addIssue({ code: 'custom', message: 'an ISO 8601 date (2024-06-01) or date-time with offset (2024-06-01T12:00:00Z), years 0001–9999' });
  return z.NEVER;
});

/** A page size: digits only (no `1e2`, ` 5`, `0x10`), 1..max, `fallback` when absent. */
export const queryLimit = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, `a whole number from 1 to ${max}`)
    .transform(Number)
    .refine((n) => n <= max, `at most ${max}`)
    .default(fallback);
