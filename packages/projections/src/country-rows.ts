import type { Sql } from '@wirelog/db';

/** How many organisations and hardware entities a profile lists. */
export const TOP_ENTITIES = 10;

interface CountryArticleRow {
  country: string;
  /** numeric as text, so that sums stay exact */
  money_usd_largest: string | null;
  money_usd_sum: string;
  co_entity_ids: string[];
}

const RETURNING = 'RETURNING country, money_usd_largest::text AS money_usd_largest, money_usd_sum::text AS money_usd_sum, co_entity_ids';

/**
 * Replaces these articles' contribution to the country tables: their
 * `country_articles` rows are derived again from their `article_entities`
 * and `money_mentions` (reviewer corrections already applied there), and the
 * countries they touch move by the difference. Cost per article: its own
 * rows, one counter per (country, organisation or hardware) pair of the
 * article, and per country of the batch a few index probes (first and last
 * seen, largest amount, top 10 of each kind); never a recount of a
 * country's articles, however many there are.
 */
export async function refreshCountryArticles(tx: Sql, articleIds: readonly string[]): Promise<void> {
  const before = await tx.query<CountryArticleRow>(`DELETE FROM country_articles WHERE article_id = ANY($1::text[]) ${RETURNING}`, [articleIds]);
  // per (article, country) row, index probes of that article's rows: a plan that cannot turn into a join of whole batches
  const after = await tx.query<CountryArticleRow>(
    `INSERT INTO country_articles (country, article_id, seen_at, money_usd_largest, money_mention_id, money_usd_sum, co_entity_ids, capacity_mw_largest)
     SELECT c.key, c.article_id, c.seen_at, top.amount_usd, top.mention_id, linked.total, co.ids, power.mw
     FROM article_entities c
     CROSS JOIN LATERAL (
       SELECT COALESCE(array_agg(o.entity_id ORDER BY o.entity_id), '{}') AS ids FROM article_entities o
       WHERE o.article_id = c.article_id AND o.kind IN ('org', 'hardware') AND o.status = 'active') co
     CROSS JOIN LATERAL (
       SELECT COALESCE(sum(l.amount_usd), 0) AS total FROM money_mentions l
       WHERE l.article_id = c.article_id AND l.country = c.key AND l.status = 'active' AND l.amount_usd IS NOT NULL) linked
     LEFT JOIN LATERAL (
       SELECT l.mention_id, l.amount_usd FROM money_mentions l
       WHERE l.article_id = c.article_id AND l.country = c.key AND l.status = 'active' AND l.amount_usd IS NOT NULL
       ORDER BY l.amount_usd DESC, l.mention_id LIMIT 1) top ON true
     CROSS JOIN LATERAL (
       SELECT max(GREATEST(p.mw, p.mw_max)) AS mw FROM capacity_mentions p
       WHERE p.article_id = c.article_id AND p.country = c.key AND p.status = 'active') power
     WHERE c.article_id = ANY($1::text[]) AND c.kind = 'country' AND c.status = 'active'
     ${RETURNING}`,
    [articleIds],
  );
  if (before.rows.length === 0 && after.rows.length === 0) return;
  await moveCoEntityCounts(tx, before.rows, after.rows);
  await moveProfiles(tx, before.rows, after.rows);
}

/** `country_entities`: one article more or less for each (country, entity) pair an article had or has. */
async function moveCoEntityCounts(tx: Sql, before: CountryArticleRow[], after: CountryArticleRow[]): Promise<void> {
  const deltas = new Map<string, { country: string; entity_id: string; delta: number }>();
  const count = (rows: CountryArticleRow[], sign: number) => {
    for (const { country, co_entity_ids } of rows) {
      for (const id of co_entity_ids) {
        const at = JSON.stringify([country, id]);
        const d = deltas.get(at) ?? { country, entity_id: id, delta: 0 };
        d.delta += sign;
        deltas.set(at, d);
      }
    }
  };
  count(before, -1);
  count(after, 1);
  const moved = [...deltas.values()].filter((d) => d.delta !== 0);
  if (moved.length === 0) return;
  const { rows } = await tx.query<{ country: string; entity_id: string; article_count: number }>(
    `INSERT INTO country_entities AS ce (country, entity_id, kind, key, article_count)
     SELECT country, entity_id, split_part(entity_id, ':', 1), substr(entity_id, strpos(entity_id, ':') + 1), delta
     FROM jsonb_to_recordset($1::jsonb) AS d(country text, entity_id text, delta int)
     ON CONFLICT (country, entity_id) DO UPDATE SET article_count = ce.article_count + excluded.article_count
     RETURNING country, entity_id, article_count`,
    [JSON.stringify(moved)],
  );
  const gone = rows.filter((r) => r.article_count === 0);
  if (gone.length === 0) return;
  await tx.query('DELETE FROM country_entities WHERE (country, entity_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))', [gone.map((r) => r.country), gone.map((r) => r.entity_id)]);
}

const topOf = (kind: 'org' | 'hardware') =>
  `(SELECT COALESCE(jsonb_agg(jsonb_build_object('key', t.key, 'name', COALESCE(n.name, t.key), 'articles', t.article_count) ORDER BY t.article_count DESC, t.entity_id), '[]'::jsonb)
    FROM (SELECT entity_id, key, article_count FROM country_entities WHERE country = d.country AND kind = '${kind}'
          ORDER BY article_count DESC, entity_id LIMIT ${TOP_ENTITIES}) t
    LEFT JOIN entities n ON n.entity_id = t.entity_id)`;

/**
 * `country_profiles`: counts and sums move by the articles' difference
 * (numeric, exact; `trim_scale` so the stored text never depends on the
 * order of changes); dates, the largest amount and the top lists are read
 * again from indexes, once per country and batch. A country left without
 * articles loses its row.
 */
async function moveProfiles(tx: Sql, before: CountryArticleRow[], after: CountryArticleRow[]): Promise<void> {
  const rows = [...before.map((r) => ({ r, sign: -1 })), ...after.map((r) => ({ r, sign: 1 }))];
  const countries = [...new Set(rows.map(({ r }) => r.country))];
  await tx.query('DELETE FROM country_profiles p WHERE p.country = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM country_articles a WHERE a.country = p.country)', [countries]);
  await tx.query(
    `INSERT INTO country_profiles AS p (country, name, article_count, first_seen_at, last_seen_at, top_orgs, top_hardware,
                                        money_article_count, money_usd_largest, money_usd_sum_of_article_largest, money_usd_sum_of_mentions, capacity_mw_largest)
     SELECT d.country, COALESCE(e.name, d.country), d.articles, s.first_seen_at, s.last_seen_at, ${topOf('org')}, ${topOf('hardware')},
            d.money_articles, s.money_usd_largest, trim_scale(d.largest_sum), trim_scale(d.mention_sum), trim_scale(s.capacity_mw_largest)
     FROM (SELECT country, sum(sign)::int AS articles, sum(CASE WHEN largest IS NULL THEN 0 ELSE sign END)::int AS money_articles,
                  sum(sign * COALESCE(largest, 0)) AS largest_sum, sum(sign * total) AS mention_sum
           FROM jsonb_to_recordset($1::jsonb) AS x(country text, sign int, largest numeric, total numeric) GROUP BY country) d
     CROSS JOIN LATERAL (SELECT min(a.seen_at) AS first_seen_at, max(a.seen_at) AS last_seen_at, max(a.money_usd_largest) AS money_usd_largest,
                                max(a.capacity_mw_largest) AS capacity_mw_largest
                         FROM country_articles a WHERE a.country = d.country) s
     LEFT JOIN entities e ON e.entity_id = 'country:' || d.country
     WHERE s.first_seen_at IS NOT NULL
     ON CONFLICT (country) DO UPDATE SET
       article_count = p.article_count + excluded.article_count,
       first_seen_at = excluded.first_seen_at,
       last_seen_at = excluded.last_seen_at,
       top_orgs = excluded.top_orgs,
       top_hardware = excluded.top_hardware,
       money_article_count = p.money_article_count + excluded.money_article_count,
       money_usd_largest = excluded.money_usd_largest,
       capacity_mw_largest = excluded.capacity_mw_largest,
       money_usd_sum_of_article_largest = trim_scale(p.money_usd_sum_of_article_largest + excluded.money_usd_sum_of_article_largest),
       money_usd_sum_of_mentions = trim_scale(p.money_usd_sum_of_mentions + excluded.money_usd_sum_of_mentions)`,
    [JSON.stringify(rows.map(({ r, sign }) => ({ country: r.country, sign, largest: r.money_usd_largest, total: r.money_usd_sum })))],
  );
}
