import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './iso-instant';

describe('parseIsoInstant', () => {
  it.each(['2024', '0', 'June 31 2024', '2020-02-30', '2023-02-29', '2024-06-31', '2024-06-01T12:00:00', '2024-06-01T12:00Z', '2024-06-01 12:00:00Z', '0000-01-01', '+010000-01-01', ' 2024-06-01', '2024-06-01T24:00:00Z'])(
    'refuses %j, which Date.parse or PostgreSQL reads differently or not at all',
    (text) => expect(parseIsoInstant(text)).toBeUndefined(),
  );

  it('reads a date as midnight UTC and a date-time at its offset', () => {
    expect(parseIsoInstant('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoInstant('2024-06-01T12:00:00+05:30')?.toISOString()).toBe('2024-06-01T06:30:00.000Z');
    expect(parseIsoInstant('2024-06-01T12:00:00.123456Z')?.toISOString()).toBe('2024-06-01T12:00:00.123Z');
  });

  it('keeps to years 0001–9999 in UTC, whatever the offset', () => {
    expect(parseIsoInstant('0001-01-01T00:00:00Z')).toBeDefined();
    expect(parseIsoInstant('0001-01-01T00:00:00+00:01')).toBeUndefined();
    expect(parseIsoInstant('9999-12-31T23:59:59.999Z')).toBeDefined();
    expect(parseIsoInstant('9999-12-31T23:59:59-00:01')).toBeUndefined();
  });

  it('reads back every instant it could have been given as toISOString', () => {
    const instant = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(fc.property(instant, (d) => parseIsoInstant(d.toISOString())?.getTime() === d.getTime()));
  });

  it('answers any text with an instant in range in the strict shape, or nothing', () => {
    const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/)), (text) => {
        const instant = parseIsoInstant(text);
        if (instant === undefined) return;
        expect(text).toMatch(shape);
        expect(instant.getUTCFullYear()).toBeGreaterThanOrEqual(1);
        expect(instant.getUTCFullYear()).toBeLessThanOrEqual(9999);
      }),
    );
  });
});
