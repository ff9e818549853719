import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, openApiFixture, type ApiFixture } from './api.fixture';

const cursorOf = (fields: unknown) => Buffer.from(JSON.stringify(fields)).toString('base64url');

/** Each request once answered 500, or reached PostgreSQL with a value it rejects, or was silently mis-read. */
const BAD_REQUESTS: [name: string, path: string, code: string][] = [
  ['q=%00', '/api/articles?q=%00', 'bad_request'],
  ['q with a control character', '/api/articles?q=data%07centre', 'bad_request'],
  ['q of 201 characters', `/api/articles?q=${'a'.repeat(201)}`, 'bad_request'],
  ['an empty q', '/api/articles?q=', 'bad_request'],
  ['since=2024', '/api/articles?since=2024', 'bad_request'],
  ['since=0', '/api/articles?since=0', 'bad_request'],
  ['since=June 31 2024', '/api/articles?since=June%2031%202024', 'bad_request'],
  ['since=2020-02-30', '/api/articles?since=2020-02-30', 'bad_request'],
  ['until=2023-02-29', '/api/articles?until=2023-02-29', 'bad_request'],
  ['until=2024-06-31T10:00:00Z', '/api/articles?until=2024-06-31T10:00:00Z', 'bad_request'],
  ['since=0000-01-01 (no year 0 in PostgreSQL)', '/api/articles?since=0000-01-01', 'bad_request'],
  ['since=0001-01-01T00:00:00+14:00 (before year 1 in UTC)', '/api/articles?since=0001-01-01T00:00:00%2B14:00', 'bad_request'],
  ['until=9999-12-31T23:59:59-14:00 (after year 9999 in UTC)', '/api/articles?until=9999-12-31T23:59:59-14:00', 'bad_request'],
  ['since without an offset', '/api/articles?since=2024-06-01T12:00:00', 'bad_request'],
  ['since=yesterday', '/api/articles?since=yesterday', 'bad_request'],
  ['a cursor that is not base64url JSON', '/api/articles?cursor=%25%25%25', 'bad_cursor'],
  ['a cursor with a Date.parse-only time', `/api/articles?cursor=${cursorOf(['2024', ARTICLE.a])}`, 'bad_cursor'],
  ['a cursor with 2020-02-30', `/api/articles?cursor=${cursorOf(['2020-02-30T00:00:00.000000Z', ARTICLE.a])}`, 'bad_cursor'],
  ['a cursor with a millisecond time', `/api/articles?cursor=${cursorOf(['2026-03-02T09:00:00.000Z', ARTICLE.a])}`, 'bad_cursor'],
  ['a cursor with a NUL in its id', `/api/articles?cursor=${cursorOf(['2026-03-02T09:00:00.000000Z', 'ab\u0000cdefgh'])}`, 'bad_cursor'],
  ['a cursor with a third field', `/api/articles?cursor=${cursorOf(['2026-03-02T09:00:00.000000Z', ARTICLE.a, 1])}`, 'bad_cursor'],
  ['a padded cursor', `/api/articles?cursor=${Buffer.from(JSON.stringify(['2026-03-02T09:00:00.000000Z', ARTICLE.a])).toString('base64')}`, 'bad_cursor'],
  ['a cursor in spaced JSON', `/api/articles?cursor=${Buffer.from(JSON.stringify(['2026-03-02T09:00:00.000000Z', ARTICLE.a], null, 1)).toString('base64url')}`, 'bad_cursor'],
  ['limit=0', '/api/articles?limit=0', 'bad_request'],
  ['limit=1e1', '/api/articles?limit=1e1', 'bad_request'],
  ['limit=0x10', '/api/articles?limit=0x10', 'bad_request'],
  ['limit=%205', '/api/articles?limit=%205', 'bad_request'],
  ['limit=201', '/api/articles?limit=201', 'bad_request'],
  ['limit=99999999999999999999', '/api/articles?limit=99999999999999999999', 'bad_request'],
  ['country with a NUL', '/api/articles?country=I%00N', 'bad_request'],
  ['an unknown parameter', '/api/articles?contry=IN', 'bad_request'],
  ['a parameter on a route without any', '/api/stats/countries?country=IN', 'bad_request'],
  ['an upper-case article id', `/api/articles/${ARTICLE.a.toUpperCase()}`, 'bad_article_id'],
  ['an article id with a NUL', '/api/articles/aaaaaaaa%00', 'bad_article_id'],
  ['an article id of 65 digits', `/api/articles/${'a'.repeat(65)}/history`, 'bad_article_id'],
  ['kind=person', '/api/entities?kind=person', 'bad_request'],
  ['entities limit=1001', '/api/entities?limit=1001', 'bad_request'],
  ['an alpha-3 country code', '/api/countries/IND', 'bad_country_code'],
  ['a country name', '/api/countries/India', 'bad_country_code'],
  ['a two-letter code ISO does not assign', '/api/countries/XX', 'bad_country_code'],
  ['a bloc', '/api/countries/EU', 'bad_country_code'],
  ['a country code with a NUL', '/api/countries/I%00', 'bad_country_code'],
  ['a parameter on the country profile', '/api/countries/IN?limit=5', 'bad_request'],
];

describeEachDatabase('API bad input', (open) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await openApiFixture(open);
  });
  afterAll(() => fx.db.close());

  it.each(BAD_REQUESTS)('answers 400, not 500, for %s', async (_name, path, code) => {
    const res = await fx.app.request(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
    expect(body.error.message.length).toBeLessThan(500);
  });

  it('lists every problem of one request in one 400', async () => {
    const res = await fx.app.request('/api/articles?since=2024&limit=0&x=1');
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toMatch(/"x": unknown parameter/);
    expect(error.message).toMatch(/since: an ISO 8601 date/);
    expect(error.message).toMatch(/limit: a whole number/);
  });

  it('accepts the edges of what it refuses: leap days, offsets, years 0001 and 9999', async () => {
    for (const query of ['since=2024-02-29', 'since=2024-02-29T23:59:59.999999%2B14:00', 'since=0001-01-01', 'until=9999-12-31T23:59:59.999Z', 'limit=200', `q=${'a'.repeat(200)}`]) {
      expect((await fx.app.request(`/api/articles?${query}`)).status, query).toBe(200);
    }
  });
});
