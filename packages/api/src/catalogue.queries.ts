import type { Sql } from '@wirelog/db';

export interface CatalogueEntityRow {
  entity_id: string;
  kind: string;
  key: string;
  name: string;
  article_count: number;
  mention_count: number;
  first_seen_at: Date | null;
  last_seen_at: Date | null;
}

export async function listEntities(sql: Sql, kind: string | undefined, limit: number): Promise<CatalogueEntityRow[]> {
  const { rows } = await sql.query<CatalogueEntityRow>(
    `SELECT entity_id, kind, key, name, article_count, mention_count, first_seen_at, last_seen_at FROM entities
     WHERE article_count > 0 AND ($1::text IS NULL OR kind = $1) ORDER BY article_count DESC, mention_count DESC, entity_id LIMIT $2`,
    [kind ?? null, limit],
  );
  return rows;
}

export interface CountryStatsRow {
  country: string;
  name: string;
  articles: number;
  /** numeric as text: a sum of amounts may exceed what a float keeps exactly */
  money_usd: string | null;
}

/** Per country: articles naming it, and the USD total of active money mentions linked to it. */
export async function countryStats(sql: Sql): Promise<CountryStatsRow[]> {
  const { rows } = await sql.query<CountryStatsRow>(
    `SELECT e.key AS country, e.name, e.article_count AS articles,
            (SELECT sum(m.amount_usd) FROM money_mentions m WHERE m.country = e.key AND m.status = 'active')::text AS money_usd
     FROM entities e WHERE e.kind = 'country' AND e.article_count > 0 ORDER BY e.article_count DESC, e.key`,
  );
  return rows;
}
