import type { Sql } from '@wirelog/db';

/**
 * Re-derives an article's `article_entities` and `money_mentions` rows from
 * its `article_mentions`, and the catalogue rows of every entity touched.
 */
export async function refreshArticleEntities(tx: Sql, articleId: string, seenAt: Date): Promise<void> {
  const before = await tx.query<{ entity_id: string }>('SELECT entity_id FROM article_entities WHERE article_id = $1', [articleId]);
  await tx.query('DELETE FROM article_entities WHERE article_id = $1', [articleId]);
  const after = await tx.query<{ entity_id: string }>(
    `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
     SELECT article_id, kind || ':' || key, kind, key, min(name),
            count(*) FILTER (WHERE status = 'active'),
            CASE WHEN bool_or(source = 'reviewer') THEN 'reviewer' ELSE 'extractor' END,
            CASE WHEN bool_or(status = 'active') THEN 'active' ELSE 'rejected' END,
            $2::timestamptz
     FROM article_mentions WHERE article_id = $1 GROUP BY article_id, kind, key
     RETURNING entity_id`,
    [articleId, seenAt],
  );
  await tx.query('DELETE FROM money_mentions WHERE article_id = $1', [articleId]);
  await tx.query(
    `INSERT INTO money_mentions (article_id, mention_id, text, currency, amount, amount_min, amount_max, approx, amount_usd, country, org, status)
     SELECT article_id, mention_id, text, value->>'currency', (value->>'amount')::numeric, (value->>'min')::numeric, (value->>'max')::numeric,
            COALESCE((value->>'approx')::boolean, false), (value->>'usd')::numeric, value->>'linkedCountry', value->>'linkedOrg', status
     FROM article_mentions WHERE article_id = $1 AND kind = 'money' AND value ? 'currency' AND value ? 'amount'`,
    [articleId],
  );
  const touched = [...new Set([...before.rows, ...after.rows].map((r) => r.entity_id))];
  await refreshEntities(tx, touched);
}

/** Rejected mentions do not count (SPEC §7). */
export async function refreshEntities(tx: Sql, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.query(
    `INSERT INTO entities (entity_id, kind, key, name, article_count, mention_count, first_seen_at, last_seen_at)
     SELECT e.id, split_part(e.id, ':', 1), substr(e.id, length(split_part(e.id, ':', 1)) + 2),
            COALESCE(min(ae.name), substr(e.id, length(split_part(e.id, ':', 1)) + 2)),
            count(ae.article_id), COALESCE(sum(ae.mentions), 0), min(ae.seen_at), max(ae.seen_at)
     FROM unnest($1::text[]) AS e(id)
     LEFT JOIN article_entities ae ON ae.entity_id = e.id AND ae.status = 'active'
     GROUP BY e.id
     ON CONFLICT (entity_id) DO UPDATE SET name = excluded.name, article_count = excluded.article_count,
       mention_count = excluded.mention_count, first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at`,
    [entityIds],
  );
}
