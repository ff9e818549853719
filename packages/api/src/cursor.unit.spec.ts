import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { decodeCursor, encodeCursor } from './cursor';

const sortKey = fc
  .tuple(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), fc.nat({ max: 999 }))
  .map(([d, micros]) => `${d.toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}Z`);
const articleId = fc.stringMatching(/^[0-9a-f]{8,64}$/);

describe('page cursors', () => {
  it('decode to exactly what was encoded', () => {
    fc.assert(
      fc.property(sortKey, articleId, (key, id) => {
        expect(decodeCursor(encodeCursor({ sortKey: key, articleId: id }))).toEqual({ sortKey: key, articleId: id });
      }),
    );
  });

  it('refuse any other text with bad_cursor, or decode to a cursor that encodes back to it', () => {
    const tampered = fc.tuple(sortKey, articleId, fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([key, id, at, c]) => {
      const text = encodeCursor({ sortKey: key, articleId: id });
      return text.slice(0, at % text.length) + c + text.slice((at % text.length) + 1);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), tampered), (text) => {
        try {
          expect(encodeCursor(decodeCursor(text))).toBe(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).code).toBe('bad_cursor');
        }
      }),
    );
  });

  it.each([
    ['a time Date.parse reads but the cursor never carries', ['2024', 'aaaaaaaa']],
    ['a day not on the calendar', ['2021-02-29T00:00:00.000000Z', 'aaaaaaaa']],
    ['year 0', ['0000-06-01T00:00:00.000000Z', 'aaaaaaaa']],
    ['an id that is not lower-case hex', ['2024-06-01T00:00:00.000000Z', 'AAAAAAAA']],
    ['a number for the id', ['2024-06-01T00:00:00.000000Z', 12345678]],
  ])('refuses %s', (_name, fields) => {
    expect(() => decodeCursor(Buffer.from(JSON.stringify(fields)).toString('base64url'))).toThrow(/cursor is not one this API returned/);
  });
});
