import type { Sql } from '@wirelog/db';

export interface ArticleRow {
  article_id: string;
  feed_id: string;
  url: string;
  title: string | null;
  byline: string | null;
  lang: string | null;
  published_at: Date | null;
  fetched_at: Date | null;
  status: string;
  word_count: number | null;
  extractor_version: string | null;
  reviewed: boolean;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  text?: string | null;
}

export const COLUMNS = `a.article_id, a.feed_id, a.url, a.title, a.byline, a.lang, a.published_at, a.fetched_at, a.status, a.word_count, a.extractor_version, a.reviewed, a.reviewed_by, a.reviewed_at`;

export async function getArticle(sql: Sql, articleId: string): Promise<ArticleRow | undefined> {
  const { rows } = await sql.query<ArticleRow>(`SELECT ${COLUMNS}, a.text FROM articles a WHERE a.article_id = $1`, [articleId]);
  return rows[0];
}

export interface EntityRow {
  article_id: string;
  entity_id: string;
  kind: string;
  key: string;
  name: string;
  mentions: number;
  source: string;
  status: string;
}

export async function entitiesOf(sql: Sql, articleIds: string[]): Promise<EntityRow[]> {
  if (articleIds.length === 0) return [];
  const { rows } = await sql.query<EntityRow>(
    `SELECT article_id, entity_id, kind, key, name, mentions, source, status FROM article_entities
     WHERE article_id = ANY($1::text[]) ORDER BY article_id, kind, mentions DESC, key`,
    [articleIds],
  );
  return rows;
}

export interface MentionRow {
  mention_id: string;
  kind: string;
  key: string;
  name: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  value: Record<string, unknown> | null;
  country: string | null;
  org: string | null;
  source: string;
  status: string;
}

export async function mentionsOf(sql: Sql, articleId: string): Promise<MentionRow[]> {
  const { rows } = await sql.query<MentionRow>(
    // the projection keeps a mention's links (money, capacity, quantity, counted hardware) inside value, as linkedCountry/linkedOrg
    `SELECT mention_id, kind, key, name, text, start, "end", confidence, value, value->>'linkedCountry' AS country, value->>'linkedOrg' AS org, source, status
     FROM article_mentions
     WHERE article_id = $1 ORDER BY start, kind`,
    [articleId],
  );
  return rows;
}

export interface CorrectionRow {
  correction_id: string;
  action: string;
  mention_id: string;
  start: number;
  end: number;
  kind: string;
  key: string;
  to_kind: string | null;
  to_key: string | null;
  to_name: string | null;
  actor: string | null;
  reason: string | null;
  corrected_at: Date;
  position: string;
  /** Its span and label match no mention of the article's current extraction any more. */
  orphaned: boolean;
}

/**
 * A correction is orphaned when the article's current extraction has no
 * mention at its span with its label (before or after a relabel): a
 * re-extraction moved or dropped it. Added mentions are the reviewer's own.
 */
const ORPHANED = `(c.action <> 'add' AND NOT EXISTS (
  SELECT 1 FROM article_mentions m WHERE m.article_id = c.article_id AND m.start = c.start AND m."end" = c."end"
    AND ((m.kind = c.kind AND m.key = c.key) OR (m.kind = c.to_kind AND m.key = c.to_key))))`;

export async function correctionsOf(sql: Sql, articleId: string): Promise<CorrectionRow[]> {
  const { rows } = await sql.query<CorrectionRow>(
    `SELECT correction_id, action, mention_id, start, "end", kind, key, to_kind, to_key, to_name, actor, reason, corrected_at, position::text AS position,
            ${ORPHANED} AS orphaned
     FROM entity_corrections c WHERE article_id = $1 ORDER BY position`,
    [articleId],
  );
  return rows;
}

/** The latest corrections across articles, newest first, before a log position (keyset). */
export async function recentCorrections(sql: Sql, options: { limit: number; before?: bigint }): Promise<(CorrectionRow & { article_id: string })[]> {
  const { rows } = await sql.query<CorrectionRow & { article_id: string }>(
    `SELECT article_id, correction_id, action, mention_id, start, "end", kind, key, to_kind, to_key, to_name, actor, reason, corrected_at, position::text AS position,
            ${ORPHANED} AS orphaned
     FROM entity_corrections c WHERE position < $1 ORDER BY position DESC LIMIT $2`,
    [options.before ?? 9223372036854775807n, options.limit],
  );
  return rows;
}
