import type { Sql } from '@wirelog/db';
import type { PageCursor } from './cursor';

export interface ArticleFilter {
  country?: string;
  hardware?: string;
  org?: string;
  q?: string;
  since?: Date;
  until?: Date;
  limit: number;
  cursor?: PageCursor;
}

export interface ArticleRow {
  article_id: string;
  feed_id: string;
  url: string;
  title: string | null;
  byline: string | null;
  lang: string | null;
  published_at: Date | null;
  fetched_at: Date | null;
  sort_at: Date;
  status: string;
  word_count: number | null;
  extractor_version: string | null;
  reviewed: boolean;
  text?: string | null;
}

const COLUMNS = `a.article_id, a.feed_id, a.url, a.title, a.byline, a.lang, a.published_at, a.fetched_at, a.sort_at, a.status, a.word_count, a.extractor_version, a.reviewed`;

/** Newest first, keyset-paginated on (sort_at, article_id). */
export async function listArticles(sql: Sql, filter: ArticleFilter): Promise<ArticleRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const entity = (entityId: string) =>
    where.push(`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.article_id AND ae.entity_id = ${param(entityId)} AND ae.status = 'active')`);
  if (filter.country) entity(`country:${filter.country.toUpperCase()}`);
  if (filter.hardware) entity(`hardware:${filter.hardware}`);
  if (filter.org) entity(`org:${filter.org}`);
  if (filter.q) {
    const pattern = param(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(a.title ILIKE ${pattern} OR a.text ILIKE ${pattern})`);
  }
  if (filter.since) where.push(`a.sort_at >= ${param(filter.since)}`);
  if (filter.until) where.push(`a.sort_at < ${param(filter.until)}`);
  if (filter.cursor) where.push(`(a.sort_at, a.article_id) < (${param(filter.cursor.sortAt)}::timestamptz, ${param(filter.cursor.articleId)})`);
  const { rows } = await sql.query<ArticleRow>(
    `SELECT ${COLUMNS} FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.sort_at DESC, a.article_id DESC LIMIT ${param(filter.limit)}`,
    params,
  );
  return rows;
}

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
  value: unknown;
  source: string;
  status: string;
}

export async function mentionsOf(sql: Sql, articleId: string): Promise<MentionRow[]> {
  const { rows } = await sql.query<MentionRow>(
    `SELECT mention_id, kind, key, name, text, start, "end", confidence, value, source, status FROM article_mentions
     WHERE article_id = $1 ORDER BY start, kind`,
    [articleId],
  );
  return rows;
}

export async function correctionsOf(sql: Sql, articleId: string): Promise<Record<string, unknown>[]> {
  const { rows } = await sql.query(
    `SELECT correction_id, action, mention_id, start, "end", kind, key, to_kind, to_key, to_name, actor, reason, corrected_at, position::text AS position
     FROM entity_corrections WHERE article_id = $1 ORDER BY position`,
    [articleId],
  );
  return rows;
}
