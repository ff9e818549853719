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
