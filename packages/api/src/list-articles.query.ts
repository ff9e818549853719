import { articleSearchVector, type Database } from '@wirelog/db';
import { COLUMNS, type ArticleRow } from './articles.queries';
import type { PageCursor } from './cursor';

export interface ArticleFilter {
  /** One list per entity filter parameter: an article has an active entity of every list (OR within a list). */
  entityIds: string[][];
  q?: string;
  since?: Date;
  until?: Date;
  limit: number;
  cursor?: PageCursor;
}

/**
 * Newest first, keyset-paginated on (sort_at, article_id). Every filter has an
 * index (article-filters.int.spec.ts checks the plans): entities
 * `article_entities_entity_idx` or the probe by article, dates and the cursor
 * `articles_sort_idx`, `q` `articles_search_idx`.
 */
export async function listArticles(database: Database, filter: ArticleFilter): Promise<(ArticleRow & { sort_key: string })[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Planner settings for this query only. Read tables are hot in memory, so a random read costs
  // about a sequential one: at the default 4, the planner walks the whole newest-first index for an
  // entity in 1% of articles (tens of ms at 100,000) instead of starting from that entity's rows.
  // One backend per request. With q, every match comes from the search index and is then sorted,
  // a cost that grows with the matches: any other plan computes to_tsvector for each row it reads
  // (~1 ms), which the planner prices as nearly free. plainto_tsquery (all words, no phrase) needs
  // no such recheck.
  const search = filter.q ? `WITH hits AS MATERIALIZED (SELECT article_id, sort_at FROM articles WHERE ${articleSearchVector} @@ plainto_tsquery('simple', ${param(filter.q)}))` : '';
  const k = filter.q ? 'h' : 'a'; // whose (sort_at, article_id) the keyset reads
  for (const ids of filter.entityIds) {
    where.push(`${k}.article_id IN (SELECT ae.article_id FROM article_entities ae WHERE ae.entity_id = ANY(${param(ids)}::text[]) AND ae.status = 'active')`);
  }
  if (filter.since) where.push(`${k}.sort_at >= ${param(filter.since.toISOString())}::timestamptz`);
  if (filter.until) where.push(`${k}.sort_at < ${param(filter.until.toISOString())}::timestamptz`);
  if (filter.cursor) where.push(`(${k}.sort_at, ${k}.article_id) < (${param(filter.cursor.sortKey)}::timestamptz, ${param(filter.cursor.articleId)})`);
  const text = `${search} SELECT ${COLUMNS}, to_char(a.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
     FROM ${filter.q ? 'hits h JOIN articles a ON a.article_id = h.article_id' : 'articles a'}
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${k}.sort_at DESC, ${k}.article_id DESC LIMIT ${param(filter.limit)}`;
  return database.transaction(async (tx) => {
    await tx.query(`SELECT set_config('random_page_cost', '1.1', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('enable_seqscan', $1, true)`, [
      filter.q ? 'off' : 'on',
    ]);
    return (await tx.query<ArticleRow & { sort_key: string }>(text, params)).rows;
  });
}
