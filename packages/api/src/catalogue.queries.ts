import type { Sql } from '@wirelog/db';

export async function listEntities(sql: Sql, kind: string | undefined, limit: number): Promise<Record<string, unknown>[]> {
  const { rows } = await sql.query(
    `SELECT entity_id, kind, key, name, article_count, mention_count, first_seen_at, last_seen_at FROM entities
     WHERE article_count > 0 AND ($1::text IS NULL OR kind = $1) ORDER BY article_count DESC, mention_count DESC, entity_id LIMIT $2`,
    [kind ?? null, limit],
  );
  return rows;
}

/** Per country: articles naming it, and the USD total of active money mentions linked to it. */
export async function countryStats(sql: Sql): Promise<{ country: string; name: string; articles: number; money_usd: number }[]> {
  const { rows } = await sql.query<{ country: string; name: string; articles: number; money_usd: string | null }>(
    `SELECT e.key AS country, e.name, e.article_count AS articles,
            (SELECT sum(m.amount_usd) FROM money_mentions m WHERE m.country = e.key AND m.status = 'active')::text AS money_usd
     FROM entities e WHERE e.kind = 'country' AND e.article_count > 0 ORDER BY e.article_count DESC, e.key`,
  );
  return rows.map((r) => ({ ...r, money_usd: Number(r.money_usd ?? 0) }));
}
