import type { Database } from '@wirelog/db';
import { COLUMNS, type ArticleRow } from '../articles.queries';
import type { QueueCursor, QueueOrder } from './queue-cursor';

export interface QueueFilter {
  order: QueueOrder;
  feed?: string;
  /** Entity ids of the country filter (any of them, active). */
  countryIds?: string[];
  /** Articles with an active mention of this kind. */
  kind?: string;
  reviewed?: boolean;
  limit: number;
  cursor?: QueueCursor;
}

export type QueueRow = ArticleRow & { sort_key: string; doubt: string };

/**
 * How often reviewers found each kind wrong: rejections and relabels over
 * every confirm, reject and relabel of that kind, shrunk toward 0 by five
 * imaginary confirmations so that one early rejection does not mark a whole
 * kind as wrong.
 */
const KIND_ERROR_RATES = `SELECT kind, (count(*) FILTER (WHERE action IN ('reject', 'relabel')))::float8 / (count(*) + 5) AS rate
  FROM entity_corrections WHERE action IN ('confirm', 'reject', 'relabel') GROUP BY kind`;

/**
 * An article's doubt: the chance that its most doubtful active extractor
 * mention is wrong, taking its confidence and its kind's error rate as
 * independent: 1 − confidence × (1 − rate). 0 without such mentions.
 */
const MENTION_DOUBT = `max(1 - m.confidence * (1 - COALESCE(k.rate, 0)))`;
const ACTIVE_EXTRACTED = `m.source = 'extractor' AND m.status = 'active'`;
/** Every article's doubt in one pass over the mentions: the uncertain order scores every candidate anyway. */
const ALL_DOUBTS = `SELECT m.article_id, ${MENTION_DOUBT} AS doubt FROM article_mentions m LEFT JOIN kind_error k ON k.kind = m.kind WHERE ${ACTIVE_EXTRACTED} GROUP BY m.article_id`;
/** One article's doubt, by index: the newest order scores only the page it returns. */
const ONE_DOUBT = `SELECT ${MENTION_DOUBT} AS doubt FROM article_mentions m LEFT JOIN kind_error k ON k.kind = m.kind WHERE m.article_id = a.article_id AND ${ACTIVE_EXTRACTED}`;

/**
 * The review queue: extracted articles, either newest first or most
 * uncertain first (unreviewed before reviewed, then by doubt, then newest),
 * keyset-paginated on the order's keys.
 */
export async function reviewQueue(database: Database, filter: QueueFilter): Promise<QueueRow[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [`a.status = 'extracted'`];
  if (filter.feed !== undefined) where.push(`a.feed_id = ${param(filter.feed)}`);
  if (filter.countryIds !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.article_id AND ae.entity_id = ANY(${param(filter.countryIds)}::text[]) AND ae.status = 'active')`);
  }
  if (filter.kind !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM article_mentions km WHERE km.article_id = a.article_id AND km.kind = ${param(filter.kind)} AND km.status = 'active')`);
  }
  if (filter.reviewed !== undefined) where.push(`a.reviewed = ${param(filter.reviewed)}`);
  const c = filter.cursor;
  const uncertain = filter.order === 'uncertain';
  // one direction for every key, so a row comparison continues the page: "not reviewed" sorts true first
  const keys = uncertain ? '(NOT a.reviewed, d.doubt, a.sort_at, a.article_id)' : '(a.sort_at, a.article_id)';
  if (c) {
    const after = uncertain
      ? `(${param(c.unreviewed)}::boolean, ${param(c.doubt)}::numeric, ${param(c.sortKey)}::timestamptz, ${param(c.articleId)})`
      : `(${param(c.sortKey)}::timestamptz, ${param(c.articleId)})`;
    where.push(`${keys} < ${after}`);
  }
  const order = uncertain ? 'NOT a.reviewed DESC, d.doubt DESC, a.sort_at DESC, a.article_id DESC' : 'a.sort_at DESC, a.article_id DESC';
  const doubt = uncertain ? `LEFT JOIN doubts ON doubts.article_id = a.article_id` : `LEFT JOIN LATERAL (${ONE_DOUBT}) doubts ON true`;
  const text = `WITH kind_error AS MATERIALIZED (${KIND_ERROR_RATES})${uncertain ? `, doubts AS (${ALL_DOUBTS})` : ''}
     SELECT ${COLUMNS}, to_char(a.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key, d.doubt::text AS doubt
     FROM articles a ${doubt} CROSS JOIN LATERAL (SELECT round(COALESCE(doubts.doubt, 0)::numeric, 6) AS doubt) d
     WHERE ${where.join(' AND ')}
     ORDER BY ${order} LIMIT ${param(filter.limit)}`;
  return database.transaction(async (tx) => {
    // compiling this query takes longer than running it: the planner's cost for a pass over every mention turns JIT on
    await tx.query(`SELECT set_config('jit', 'off', true)`);
    return (await tx.query<QueueRow>(text, params)).rows;
  });
}
