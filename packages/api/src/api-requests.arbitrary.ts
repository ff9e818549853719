import fc from 'fast-check';
import { ARTICLE } from './api.fixture';
import { encodeCursor } from './cursor';

/** Test support: fast-check arbitraries of requests to the API, valid, nearly valid and hostile. */

export const ROUTES = ['/api/articles', '/api/articles/:id', '/api/articles/:id/history', '/api/entities', '/api/stats/countries', '/api/countries/:id', '/api/quality', '/healthz', '/readyz', '/metrics'];

/** Text that troubles parsers: controls, NUL, percent escapes (valid or not), surrogates, brackets, Date.parse-only dates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('%', '0', 'F', 'D', '8', 'e', '+', '&', '=', '[', ']', '#', '/', '\\', '.', ' ', '-', ':', 'T', 'Z'), maxLength: 30 }),
  fc.constantFrom('2024', '0', 'June 31 2024', '2020-02-30', '0000-01-01', '2024-01-01T00:00:00+99:99', '1e3', '-1', '%00', '%C0%80', '%ED%A0%80', '%', 'NaN', ARTICLE.a, 'IN', 'India'),
  fc.nat().map(String),
);

const instant = fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true });
const offsetMinutes = fc.constantFrom(0, 14 * 60, -12 * 60, 5 * 60 + 30, -(9 * 60 + 30));
const isoText = fc.tuple(instant, offsetMinutes, fc.constantFrom('date', 'seconds', 'micros')).map(([d, offset, form]) => {
  if (form === 'date') return d.toISOString().slice(0, 10);
  const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, form === 'seconds' ? 19 : 23);
  const hhmm = `${String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${local}${form === 'micros' ? '417' : ''}${offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${hhmm}`}`;
});
/** Search text full of tsquery operators, which must be read as plain words; no control characters. */
const words = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('"', '-', 'or', 'OR', '!', '&', '|', ':*', '(', ')', '<->', "'", '\\', 'india')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 200) || 'x');
const entityValue = (known: string[], key: RegExp) =>
  fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: fc.stringMatching(key), weight: 2 }, { arbitrary: words, weight: 1 });
const slug = /^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/;
const cursorText = fc
  .tuple(instant, fc.nat({ max: 999 }), fc.stringMatching(/^[0-9a-f]{8,64}$/))
  .map(([d, micros, articleId]) => encodeCursor({ sortKey: `${d.toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}Z`, articleId }));

/** Values the article list accepts, so the request reaches PostgreSQL (an entity name may still be unknown: 400). */
const VALID = {
  country: fc.array(entityValue(['IN', 'kr', 'India', 'SOUTH KOREA', 'United States'], /^[A-Za-z]{2}$/), { maxLength: 2 }),
  hardware: fc.array(entityValue(['HBM4', 'nvidia-h100', 'NVIDIA H100'], slug), { maxLength: 2 }),
  org: fc.array(entityValue(['NVIDIA', 'Meta', 'meta-platforms'], slug), { maxLength: 2 }),
  q: words,
  since: isoText,
  until: isoText,
  limit: fc.integer({ min: 1, max: 200 }).map(String),
  cursor: cursorText,
};

const toQuery = (params: Record<string, string | string[]>) =>
  new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]))).toString();

export const validListQuery = fc.record(VALID, { requiredKeys: [] }).map(toQuery);

/** One character that must not reach PostgreSQL or be misread, put inside an otherwise valid value. */
const hostileChar = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff', '\ud800', '%', '\\', '"', '[]');
const tainted = (valid: fc.Arbitrary<string>) => fc.tuple(valid, hostileChar, fc.nat()).map(([v, c, at]) => v.slice(0, at % (v.length + 1)) + c + v.slice(at % (v.length + 1)));
const NAME_LIST = Object.keys(VALID) as (keyof typeof VALID)[];

/** Valid list parameters but one, whose value has a hostile character or is hostile text: what gets furthest in. */
export const oneBadListQuery = fc.constantFrom(...NAME_LIST).chain((name) => {
  const valid = VALID[name].map((v) => (Array.isArray(v) ? (v[0] ?? 'IN') : v));
  return fc
    .tuple(fc.record(VALID, { requiredKeys: [] }), fc.oneof({ arbitrary: tainted(valid), weight: 3 }, { arbitrary: nasty, weight: 1 }))
    .map(([params, bad]) => toQuery({ ...params, [name]: bad }));
});

/** Names and values as raw text, unencoded or encoded, known names mostly. */
const NAMES = ['country', 'hardware', 'org', 'q', 'since', 'until', 'limit', 'cursor', 'kind', 'country[]', 'limit[]', ''];
const encodeSome = (s: string, encode: boolean) => (encode ? encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '')) : s);
const rawQuery = fc
  .array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...NAMES), weight: 6 }, { arbitrary: nasty, weight: 1 }), nasty, fc.boolean()), { maxLength: 3 })
  .map((pairs) => pairs.map(([name, value, encode]) => `${encodeSome(name, encode)}=${encodeSome(value, encode)}`).join('&'));

export const queryOf = fc.oneof(oneBadListQuery, validListQuery, rawQuery);
export const pathOf = fc
  .tuple(fc.constantFrom(...ROUTES), nasty, fc.boolean())
  .map(([route, id, encode]) => route.replace(':id', encodeSome(id, encode) || ARTICLE.a));
// header values as fetch allows them: no CR, LF or NUL, no surrounding whitespace
const headerValue = fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((v) => v.replace(/[\r\n\0]/g, '').trim());
export const headersOf = fc.dictionary(fc.constantFrom('authorization', 'accept', 'if-none-match', 'last-event-id', 'content-type', 'x-forwarded-for', 'cookie', 'range'), headerValue, { maxKeys: 4 });
export const methodOf = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH');

const visibleAscii = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
/** A request target and Host header as raw bytes on a socket: what no client library would send. */
export const rawTargetOf = fc.tuple(fc.constantFrom(...ROUTES), fc.string({ unit: visibleAscii, maxLength: 30 })).map(([route, tail]) => `${route.replace(':id', ARTICLE.a)}${tail}`);
export const rawHostOf = fc.oneof(fc.constant('127.0.0.1'), fc.string({ unit: visibleAscii, maxLength: 20 }));
