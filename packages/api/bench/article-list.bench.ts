/**
 * Filtered article lists on 100,000 articles (SPEC §10: API p99 < 50 ms), over
 * HTTP on loopback, side by side with the same query sent straight to
 * PostgreSQL; `q` also against `ILIKE` (the scan it replaced) with and without
 * a pg_trgm index; and what the search index costs in size, build and insert
 * time. Articles have ~240 words of a Zipf-like vocabulary.
 * `WIRELOG_BENCH_ARTICLES` sets the size (default 100000).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventStore } from '@wirelog/event-store';
import { articleSearchVector, createPostgresDatabase, migrate, type Database } from '@wirelog/db';
import { freshPostgresDatabase } from '@wirelog/testing';
import { listArticles, type ArticleFilter } from '../src/list-articles.query';
import { decodeCursor } from '../src/cursor';
import { createAccess, startApiServer } from '../src/index';

const ARTICLES = Number(process.env.WIRELOG_BENCH_ARTICLES ?? 100_000);
const REQUESTS = 200;
const WARMUP = 20;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const ms = (x: number) => Number(x.toFixed(2));

async function timed(fn: () => Promise<unknown>, runs = REQUESTS): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.min(WARMUP, runs); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** ~240-word articles (4 of 1,000 random paragraphs); 1–2 countries (IN and US common, 60 in all), 1–2 of 500 orgs, 0–1 of 100 chips. */
async function seed(database: Database): Promise<void> {
  // `+ 0 * p` ties the words to the paragraph, or PostgreSQL computes one paragraph and reuses it
  await database.query(
    `CREATE TEMP TABLE paragraphs AS
     SELECT p AS id, (SELECT string_agg('w' || (1 + floor(pow(random(), 3) * 4999)::int + 0 * g + 0 * p) || CASE WHEN random() < 0.14 THEN 'centre' ELSE '' END, ' ')
                      FROM generate_series(1, 60) AS g) AS text
     FROM generate_series(0, 999) AS p`,
  );
  await database.query(
    `INSERT INTO articles (article_id, feed_id, url, title, text, discovered_at, published_at, status, sort_at, last_position, word_count)
     SELECT lpad(to_hex(i), 24, '0'), 'feed-' || (i % 40), 'https://news.example/' || i, 'Story ' || i || ' on data centres',
            (SELECT string_agg(text, ' ') FROM paragraphs WHERE id = ANY(ARRAY[i % 1000, (i * 7 + 3) % 1000, (i * 13 + 5) % 1000, (i * 17 + 9) % 1000])),
            t, t, 'extracted', t, i, 240
     FROM generate_series(1, $1::int) AS i
     CROSS JOIN LATERAL (SELECT timestamptz '2024-01-01' + i * interval '7 minutes' AS t) AS ts`,
    [ARTICLES],
  );
  await database.query(
    `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
     SELECT DISTINCT ON (article_id, kind, key) article_id, kind || ':' || key, kind, key, key, 1, 'extractor', 'active', now()
     FROM (
       SELECT lpad(to_hex(i), 24, '0') AS article_id, e.kind, e.key
       FROM generate_series(1, $1::int) AS i,
       LATERAL (VALUES
         ('country', CASE WHEN i % 3 = 0 THEN 'IN' WHEN i % 3 = 1 THEN 'US' ELSE 'C' || (i % 58) END),
         ('country', CASE WHEN i % 5 = 0 THEN 'C' || (i % 53) END),
         ('org', 'org-' || floor(pow((i * 2654435761::bigint % 1000) / 1000.0, 3) * 500)::int),
         ('org', CASE WHEN i % 2 = 0 THEN 'org-' || (i % 497) END),
         ('hardware', CASE WHEN i % 4 = 0 THEN 'chip-' || (i % 100) END)
       ) AS e(kind, key) WHERE e.key IS NOT NULL
     ) AS x`,
    [ARTICLES],
  );
  await database.query(
    `INSERT INTO entities (entity_id, kind, key, name, article_count, mention_count, first_seen_at, last_seen_at)
     SELECT entity_id, min(kind), min(key), CASE WHEN min(key) = 'org-0' THEN 'NVIDIA' ELSE upper(min(key)) END, count(*), count(*), now(), now()
     FROM article_entities GROUP BY entity_id`,
  );
  await database.query('VACUUM ANALYZE articles');
  await database.query('VACUUM ANALYZE article_entities');
  await database.query('VACUUM ANALYZE entities');
}

export default async function run(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.log('api article list: skipped (set DATABASE_URL)');
    return;
  }
  const fresh = await freshPostgresDatabase('bench_api');
  const database = createPostgresDatabase(fresh.url, { max: 4 });
  const silent = { error: (obj: object) => console.error(obj) };
  try {
    await migrate(database);
    let started = performance.now();
    await seed(database);
    console.log(`${ARTICLES} articles seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // open reads, no tokens: the file is never created
    const access = createAccess({ tokensFile: path.join(tmpdir(), `wirelog-bench-${process.pid}-tokens.json`), reads: 'open', logger: silent });
    const server = await startApiServer({ database, store: new EventStore(database), access, logger: silent }, { host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${server.port}/api/articles`;
    // articles are 7 minutes apart from 2024-01-01: a cursor and a week in the middle of them
    const middle = Date.parse('2024-01-01T00:00:00Z') + (ARTICLES / 2) * 7 * 60_000;
    const deep = (await (await fetch(`${base}?until=${new Date(middle).toISOString()}&limit=1`)).json()) as { nextCursor: string };
    const week = [new Date(middle).toISOString(), new Date(middle + 7 * 86_400_000).toISOString()] as const;
    const cases: [string, string, Partial<ArticleFilter>][] = [
      ['newest page', '', {}],
      ['country (common)', 'country=IN', { entityIds: [['country:IN']] }],
      ['country (rare)', 'country=C17', { entityIds: [['country:C17']] }],
      ['2 countries OR, and an org', 'country=IN&country=US&org=org-3', { entityIds: [['country:IN', 'country:US'], ['org:org-3']] }],
      ['org by name', 'org=NVIDIA', { entityIds: [['org:nvidia', 'org:org-0']] }],
      ['hardware (rare)', 'hardware=chip-42', { entityIds: [['hardware:chip-42']] }],
      ['country and hardware', 'country=IN&hardware=chip-8', { entityIds: [['country:IN'], ['hardware:chip-8']] }],
      ['q (a word in every article)', 'q=w2', { q: 'w2' }],
      ['q (a word in a few %)', 'q=w4321', { q: 'w4321' }],
      ['q (one article)', 'q=story%2012345', { q: 'story 12345' }],
      ['q (two words) + country', 'q=data%20centres&country=IN', { q: 'data centres', entityIds: [['country:IN']] }],
      ['since/until (one week)', `since=${week[0]}&until=${week[1]}`, { since: new Date(week[0]), until: new Date(week[1]) }],
      ['cursor (deep page)', `cursor=${deep.nextCursor}`, { cursor: decodeCursor(deep.nextCursor) }],
    ];
    const rows: Record<string, Record<string, number>> = {};
    for (const [name, query, filter] of cases) {
      const api = await timed(async () => {
        const res = await fetch(`${base}?${query}`);
        if (res.status !== 200) throw new Error(`${query}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      });
      const sql = await timed(() => listArticles(database, { entityIds: [], limit: 50, ...filter }));
      rows[name] = { 'API p50 ms': ms(api.p50), 'API p99 ms': ms(api.p99), 'SQL p50 ms': ms(sql.p50), 'SQL p99 ms': ms(sql.p99), 'API/SQL p50': ms(api.p50 / sql.p50) };
    }
    await server.close();
    console.log(`GET /api/articles over HTTP (${REQUESTS} requests after ${WARMUP} warm-up, limit 50) vs listArticles' query alone:`);
    console.table(rows);

    const size = async (relation: string) => Number((await database.query<{ n: string }>(`SELECT pg_relation_size($1)::text AS n`, [relation])).rows[0]!.n) / 2 ** 20;
    started = performance.now();
    await database.query('REINDEX INDEX articles_search_idx');
    const ftsBuild = performance.now() - started;
    await database.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    started = performance.now();
    await database.query('CREATE INDEX bench_trgm_idx ON articles USING gin (title gin_trgm_ops, text gin_trgm_ops)');
    const trgmBuild = performance.now() - started;
    await database.query('ANALYZE articles');
    console.log('Index cost on the same rows:');
    console.table({
      'articles (heap, without TOAST)': { MB: ms(await size('articles')), 'build s': 0 },
      'articles_search_idx (full-text)': { MB: ms(await size('articles_search_idx')), 'build s': ms(ftsBuild / 1000) },
      'pg_trgm GIN (title, text)': { MB: ms(await size('bench_trgm_idx')), 'build s': ms(trgmBuild / 1000) },
    });

    // ILIKE can take seconds: a few runs, medians only
    const ilike = (word: string) => () =>
      database.query(`SELECT article_id FROM articles a WHERE a.title ILIKE $1 OR a.text ILIKE $1 ORDER BY a.sort_at DESC, a.article_id DESC LIMIT 50`, [`%${word}%`]);
    const words = ['w2', 'w300', 'w1500', 'w4321', 'story 12345'];
    const search: Record<string, Record<string, number>> = {};
    for (const word of words) {
      const matches = Number((await database.query<{ n: string }>(`SELECT count(*)::text AS n FROM articles WHERE ${articleSearchVector} @@ plainto_tsquery('simple', $1)`, [word])).rows[0]!.n);
      const fts = await timed(() => listArticles(database, { entityIds: [], limit: 50, q: word }));
      search[`q=${word}`] = { 'articles matching': matches, 'full-text p50 ms': ms(fts.p50), 'full-text p99 ms': ms(fts.p99), 'ILIKE + pg_trgm p50 ms': ms((await timed(ilike(word), 5)).p50) };
    }
    await database.query('DROP INDEX bench_trgm_idx');
    for (const word of words) search[`q=${word}`]!['ILIKE, no index p50 ms'] = ms((await timed(ilike(word), 5)).p50);
    console.log('q: full-text on articles_search_idx vs ILIKE with a trigram index vs the ILIKE scan it replaced:');
    console.table(search);

    // what the index adds to the articles projection's writes: the same 5,000 inserts with and without it
    const insert = async () => {
      const t = performance.now();
      await database.query(
        `INSERT INTO articles (article_id, feed_id, url, title, text, discovered_at, status, sort_at, last_position)
         SELECT 'x' || lpad(to_hex(i), 23, '0'), 'f', 'u', 'Story ' || i, text, now(), 'fetched', now(), i FROM articles a, generate_series(1, 5000) AS i
         WHERE a.article_id = lpad(to_hex(i), 24, '0')`,
      );
      const elapsed = performance.now() - t;
      await database.query(`DELETE FROM articles WHERE article_id LIKE 'x%'`);
      return elapsed;
    };
    const withIndex = [await insert(), await insert(), await insert()];
    await database.query('DROP INDEX articles_search_idx');
    const without = [await insert(), await insert(), await insert()];
    const w = quantile(withIndex, 0.5);
    const wo = quantile(without, 0.5);
    console.log(`5,000 article inserts (median of 3): ${ms(w)} ms with articles_search_idx, ${ms(wo)} ms without (×${ms(w / wo)})`);
  } finally {
    await database.close();
    await fresh.drop();
  }
}
