import type { Sql } from '@wirelog/db';

interface EntityRow {
  entity_id: string;
  kind: string;
  key: string;
  name: string;
  mentions: number;
  status: string;
  seen_at: Date;
}

/**
 * Re-derives an article's `article_entities` and `money_mentions` rows from
 * its `article_mentions`, and moves the catalogue rows of the entities it
 * touched by the difference. An entity keeps, per article, the time it was
 * first seen there, so re-extraction and corrections move no dates; and the
 * catalogue is updated by deltas, never by counting every article of a
 * popular entity again.
 */
export async function refreshArticleEntities(tx: Sql, articleId: string, seenAt: Date): Promise<void> {
  const before = await tx.query<EntityRow>('DELETE FROM article_entities WHERE article_id = $1 RETURNING entity_id, kind, key, name, mentions, status, seen_at', [articleId]);
  const firstSeen = before.rows.map((r) => ({ entity_id: r.entity_id, seen_at: r.seen_at }));
  const after = await tx.query<EntityRow>(
    `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
     SELECT m.article_id, m.kind || ':' || m.key, m.kind, m.key, min(m.name),
            count(*) FILTER (WHERE m.status = 'active'),
            CASE WHEN bool_or(m.source = 'reviewer') THEN 'reviewer' ELSE 'extractor' END,
            CASE WHEN bool_or(m.status = 'active') THEN 'active' ELSE 'rejected' END,
            COALESCE(min(p.seen_at), $2::timestamptz)
     FROM article_mentions m LEFT JOIN jsonb_to_recordset($3::jsonb) AS p(entity_id text, seen_at timestamptz) ON p.entity_id = m.kind || ':' || m.key
     WHERE m.article_id = $1 GROUP BY m.article_id, m.kind, m.key
     RETURNING entity_id, kind, key, name, mentions, status, seen_at`,
    [articleId, seenAt, JSON.stringify(firstSeen)],
  );
  await tx.query('DELETE FROM money_mentions WHERE article_id = $1', [articleId]);
  await tx.query(
    `INSERT INTO money_mentions (article_id, mention_id, text, currency, amount, amount_min, amount_max, approx, amount_usd, country, org, status)
     SELECT article_id, mention_id, text, value->>'currency', (value->>'amount')::numeric, (value->>'min')::numeric, (value->>'max')::numeric,
            COALESCE((value->>'approx')::boolean, false), (value->>'usd')::numeric, value->>'linkedCountry', value->>'linkedOrg', status
     FROM article_mentions WHERE article_id = $1 AND kind = 'money' AND value ? 'currency' AND value ? 'amount'`,
    [articleId],
  );
  await applyEntityDeltas(tx, before.rows, after.rows);
}

/**
 * Adds one article's change to the catalogue: its article and mention counts
 * (rejected mentions do not count), and its seen dates. Only an entity that
 * lost an active article needs its latest date looked up again.
 */
async function applyEntityDeltas(tx: Sql, before: EntityRow[], after: EntityRow[]): Promise<void> {
  const active = (row: EntityRow | undefined) => row?.status === 'active';
  const was = new Map(before.map((r) => [r.entity_id, r]));
  const now = new Map(after.map((r) => [r.entity_id, r]));
  const deltas = [...new Set([...was.keys(), ...now.keys()])].map((id) => {
    const [b, a] = [was.get(id), now.get(id)];
    const row = (a ?? b)!;
    return {
      entity_id: id,
      kind: row.kind,
      key: row.key,
      name: row.name,
      articles: Number(active(a)) - Number(active(b)),
      mentions: (active(a) ? a!.mentions : 0) - (active(b) ? b!.mentions : 0),
      seen_at: active(a) ? a!.seen_at : null,
      lost: active(b) && !active(a),
    };
  });
  if (deltas.length === 0) return;
  await tx.query(
    `INSERT INTO entities (entity_id, kind, key, name, article_count, mention_count, first_seen_at, last_seen_at)
     SELECT entity_id, kind, key, name, articles, mentions, seen_at, seen_at
     FROM jsonb_to_recordset($1::jsonb) AS d(entity_id text, kind text, key text, name text, articles int, mentions int, seen_at timestamptz)
     ON CONFLICT (entity_id) DO UPDATE SET
       article_count = entities.article_count + excluded.article_count,
       mention_count = entities.mention_count + excluded.mention_count,
       first_seen_at = least(entities.first_seen_at, excluded.first_seen_at),
       last_seen_at = greatest(entities.last_seen_at, excluded.last_seen_at)`,
    [JSON.stringify(deltas)],
  );
  const lost = deltas.filter((d) => d.lost).map((d) => d.entity_id);
  if (lost.length > 0) {
    await tx.query(
      `UPDATE entities e SET last_seen_at = (SELECT max(ae.seen_at) FROM article_entities ae WHERE ae.entity_id = e.entity_id AND ae.status = 'active')
       WHERE e.entity_id = ANY($1::text[])`,
      [lost],
    );
  }
}
