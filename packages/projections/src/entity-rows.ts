import type { Sql } from '@wirelog/db';

interface EntityRow {
  article_id: string;
  entity_id: string;
  kind: string;
  key: string;
  name: string;
  mentions: number;
  status: string;
  /** PostgreSQL's text of the time, so that it goes back unchanged */
  seen_at: string;
}

/** One article's change to one catalogue row, made by the event at `position`. */
export interface EntityDelta {
  entity_id: string;
  kind: string;
  key: string;
  name: string;
  articles: number;
  mentions: number;
  /** when the entity is active in the article after the change */
  seen_at: string | null;
  /** the article no longer counts for it */
  lost: boolean;
  position: string;
}

const ENTITY_COLUMNS = 'article_id, entity_id, kind, key, name, mentions, status, seen_at::text';

/**
 * Re-derives these articles' `article_entities`, `money_mentions` and
 * `capacity_mentions` rows
 * from their `article_mentions` (each article once: the event that changed
 * it, when, and where in the log), and returns how the catalogue rows of the
 * entities they touched move. An entity keeps, per article, the time it was
 * first seen there, so re-extraction and corrections move no dates; and the
 * catalogue is updated by deltas, never by counting every article of a
 * popular entity again.
 */
export async function refreshArticleEntities(tx: Sql, changes: { articleId: string; seenAt: Date; position: bigint }[]): Promise<EntityDelta[]> {
  const articleIds = changes.map((c) => c.articleId);
  const before = await tx.query<EntityRow>(`DELETE FROM article_entities WHERE article_id = ANY($1::text[]) RETURNING ${ENTITY_COLUMNS}`, [articleIds]);
  const after = await tx.query<EntityRow>(
    `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
     SELECT m.article_id, m.kind || ':' || m.key, m.kind, m.key, min(m.name),
            count(*) FILTER (WHERE m.status = 'active'),
            CASE WHEN bool_or(m.source = 'reviewer') THEN 'reviewer' ELSE 'extractor' END,
            CASE WHEN bool_or(m.status = 'active') THEN 'active' ELSE 'rejected' END,
            COALESCE(min(p.seen_at), min(c.seen_at))
     FROM jsonb_to_recordset($1::jsonb) AS c(article_id text, seen_at timestamptz)
     JOIN article_mentions m ON m.article_id = c.article_id
     LEFT JOIN jsonb_to_recordset($2::jsonb) AS p(article_id text, entity_id text, seen_at timestamptz)
       ON p.article_id = m.article_id AND p.entity_id = m.kind || ':' || m.key
     GROUP BY m.article_id, m.kind, m.key
     RETURNING ${ENTITY_COLUMNS}`,
    [
      JSON.stringify(changes.map((c) => ({ article_id: c.articleId, seen_at: c.seenAt.toISOString() }))),
      JSON.stringify(before.rows.map((r) => ({ article_id: r.article_id, entity_id: r.entity_id, seen_at: r.seen_at }))),
    ],
  );
  await tx.query('DELETE FROM money_mentions WHERE article_id = ANY($1::text[])', [articleIds]);
  await tx.query(
    `INSERT INTO money_mentions (article_id, mention_id, text, currency, amount, amount_min, amount_max, approx, amount_usd, country, org, status)
     SELECT article_id, mention_id, text, value->>'currency', (value->>'amount')::numeric, (value->>'min')::numeric, (value->>'max')::numeric,
            COALESCE((value->>'approx')::boolean, false), (value->>'usd')::numeric, value->>'linkedCountry', value->>'linkedOrg', status
     FROM article_mentions WHERE article_id = ANY($1::text[]) AND kind = 'money' AND value ? 'currency' AND (value ? 'amount' OR value ? 'min' OR value ? 'max')`,
    [articleIds],
  );
  await tx.query('DELETE FROM capacity_mentions WHERE article_id = ANY($1::text[])', [articleIds]);
  await tx.query(
    `INSERT INTO capacity_mentions (article_id, mention_id, text, mw, mw_min, mw_max, approx, country, org, status)
     SELECT article_id, mention_id, text, (value->>'mw')::numeric, (value->>'min')::numeric, (value->>'max')::numeric,
            COALESCE((value->>'approx')::boolean, false), value->>'linkedCountry', value->>'linkedOrg', status
     FROM article_mentions WHERE article_id = ANY($1::text[]) AND kind = 'capacity' AND (value ? 'mw' OR value ? 'min' OR value ? 'max')`,
    [articleIds],
  );
  const positions = new Map(changes.map((c) => [c.articleId, String(c.position)]));
  return entityDeltas(before.rows, after.rows, positions);
}

/** Each article's difference, per entity it had or has: its article and mention counts (rejected mentions do not count) and its seen date. */
function entityDeltas(before: EntityRow[], after: EntityRow[], positions: Map<string, string>): EntityDelta[] {
  const active = (row: EntityRow | undefined) => row?.status === 'active';
  const at = (r: EntityRow) => `${r.article_id}\u0000${r.entity_id}`;
  const was = new Map(before.map((r) => [at(r), r]));
  const now = new Map(after.map((r) => [at(r), r]));
  return [...new Set([...was.keys(), ...now.keys()])].map((id) => {
    const [b, a] = [was.get(id), now.get(id)];
    const row = (a ?? b)!;
    return {
      entity_id: row.entity_id,
      kind: row.kind,
      key: row.key,
      name: row.name,
      articles: Number(active(a)) - Number(active(b)),
      mentions: (active(a) ? a!.mentions : 0) - (active(b) ? b!.mentions : 0),
      seen_at: active(a) ? a!.seen_at : null,
      lost: active(b) && !active(a),
      position: positions.get(row.article_id)!,
    };
  });
}

/**
 * Adds the articles' differences to the catalogue in one statement: counts
 * add up, the first and last seen dates widen; a new entity takes its name
 * from the earliest change in the log, as applying them in order would.
 * Only an entity that lost an active article needs its latest date looked
 * up again (from the articles' rows as they are now).
 */
export async function writeEntityDeltas(tx: Sql, deltas: EntityDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await tx.query(
    `INSERT INTO entities (entity_id, kind, key, name, article_count, mention_count, first_seen_at, last_seen_at)
     SELECT entity_id, min(kind), min(key), (array_agg(name ORDER BY position))[1], sum(articles), sum(mentions), min(seen_at), max(seen_at)
     FROM jsonb_to_recordset($1::jsonb) AS d(entity_id text, kind text, key text, name text, articles int, mentions int, seen_at timestamptz, position bigint)
     GROUP BY entity_id
     ON CONFLICT (entity_id) DO UPDATE SET
       article_count = entities.article_count + excluded.article_count,
       mention_count = entities.mention_count + excluded.mention_count,
       first_seen_at = least(entities.first_seen_at, excluded.first_seen_at),
       last_seen_at = greatest(entities.last_seen_at, excluded.last_seen_at)`,
    [JSON.stringify(deltas.map(({ lost: _, ...d }) => d))],
  );
  const lost = [...new Set(deltas.filter((d) => d.lost).map((d) => d.entity_id))];
  if (lost.length > 0) {
    await tx.query(
      `UPDATE entities e SET last_seen_at = (SELECT max(ae.seen_at) FROM article_entities ae WHERE ae.entity_id = e.entity_id AND ae.status = 'active')
       WHERE e.entity_id = ANY($1::text[])`,
      [lost],
    );
  }
}
