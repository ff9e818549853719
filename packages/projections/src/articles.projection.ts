import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import { articleIdOf } from './event-groups';
import { foldRows, type RowFold } from './fold-rows';
import type { Projection } from './projection';

/**
 * An `articles` row as the fold sees it: the columns it reads (times as
 * PostgreSQL's text, so they go back unchanged), and the ones the batch's
 * events set; a column left undefined keeps its stored value.
 */
interface ArticleRow {
  article_id: string;
  feed_id: string;
  url: string;
  title: string | null;
  published_at: string | null;
  discovered_at: string;
  status: string;
  sort_at: string;
  last_position: string;
  /** set together by a fetch (`fetched_at` is never null then) */
  byline?: string | null;
  lang?: string | null;
  text?: string;
  text_hash?: string;
  word_count?: number;
  text_source?: string;
  fetched_at?: string;
  last_error?: string;
  duplicate_of?: string;
  extractor_version?: string;
  /** set together by a reviewer event (`reviewed_at` is never null then) */
  reviewed_by?: string | null;
  reviewed_at?: string;
}

/** `articles`: one row per article, its text and pipeline status (SPEC §7). */
export const articlesProjection: Projection = {
  name: 'articles',
  // 2: reviewed_by and reviewed_at
  version: 2,
  tables: ['articles'],
  handles: ['ArticleDiscovered', 'ArticleFetched', 'ArticleFetchFailed', 'ArticleDuplicateDetected', 'EntitiesExtracted', 'EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'],
  // folded per article in memory and written once: an article discovered, fetched and extracted in one batch is one insert
  applyBatch: (events, tx) => foldRows(articleRows, events, tx),
};

const articleRows: RowFold<ArticleRow> = {
  keyOf: articleIdOf,
  keyOfRow: (row) => row.article_id,
  read: async (tx, articleIds) =>
    (await tx.query<ArticleRow>(
      `SELECT article_id, feed_id, url, title, published_at::text, discovered_at::text, status, sort_at::text, last_position::text
       FROM articles WHERE article_id = ANY($1::text[])`,
      [articleIds],
    )).rows,
  evolve,
  write: writeArticles,
};

/** What one event does to its article's row (`undefined`: no row; events before the discovery change nothing). */
function evolve(row: ArticleRow | undefined, event: StoredEvent): ArticleRow | undefined {
  const last_position = String(event.globalPosition);
  if (event.type === 'ArticleDiscovered') {
    if (row) return row;
    const d = event.data;
    const published = d.publishedAt ?? null;
    return {
      article_id: d.articleId, feed_id: d.feedId, url: d.url, title: d.title ?? null, published_at: published, discovered_at: d.discoveredAt,
      status: 'discovered', sort_at: published ?? d.discoveredAt, last_position,
    };
  }
  if (!row) return row;
  switch (event.type) {
    case 'ArticleFetched': {
      const d = event.data;
      return {
        ...row, title: d.title === '' ? row.title : d.title, byline: d.byline ?? null, published_at: row.published_at ?? d.publishedAt ?? null,
        lang: d.lang ?? null, text: d.text, text_hash: d.textHash, word_count: d.wordCount, text_source: d.source, fetched_at: d.fetchedAt,
        status: row.status === 'extracted' ? row.status : 'fetched', sort_at: row.published_at ?? d.publishedAt ?? row.sort_at, last_position,
      };
    }
    case 'ArticleFetchFailed':
      return { ...row, last_error: event.data.reason, status: row.status === 'discovered' ? 'failed' : row.status, last_position };
    case 'ArticleDuplicateDetected':
      return { ...row, status: 'duplicate', duplicate_of: event.data.duplicateOf, last_position };
    case 'EntitiesExtracted':
      return { ...row, status: 'extracted', extractor_version: event.data.extractorVersion, last_position };
    default: {
      // reviewer events
      const actor = event.metadata.actor;
      return { ...row, reviewed_by: typeof actor === 'string' ? actor : null, reviewed_at: event.recordedAt.toISOString(), last_position };
    }
  }
}

/** New rows are inserted; stored ones take the fold's columns and keep those no event of the batch set. */
async function writeArticles(tx: Sql, rows: ArticleRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO articles AS a (article_id, feed_id, url, title, published_at, discovered_at, status, sort_at, last_position,
                                byline, lang, text, text_hash, word_count, text_source, fetched_at, last_error, duplicate_of, extractor_version,
                                reviewed, reviewed_by, reviewed_at)
     SELECT article_id, feed_id, url, title, published_at, discovered_at, status, sort_at, last_position,
            byline, lang, text, text_hash, word_count, text_source, fetched_at, last_error, duplicate_of, extractor_version,
            reviewed_at IS NOT NULL, reviewed_by, reviewed_at
     FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, feed_id text, url text, title text, published_at timestamptz, discovered_at timestamptz,
       status text, sort_at timestamptz, last_position bigint, byline text, lang text, text text, text_hash text, word_count int, text_source text,
       fetched_at timestamptz, last_error text, duplicate_of text, extractor_version text, reviewed_by text, reviewed_at timestamptz)
     ON CONFLICT (article_id) DO UPDATE SET
       title = excluded.title, published_at = excluded.published_at, status = excluded.status, sort_at = excluded.sort_at,
       last_position = excluded.last_position,
       byline = CASE WHEN excluded.fetched_at IS NULL THEN a.byline ELSE excluded.byline END,
       lang = CASE WHEN excluded.fetched_at IS NULL THEN a.lang ELSE excluded.lang END,
       text = COALESCE(excluded.text, a.text), text_hash = COALESCE(excluded.text_hash, a.text_hash),
       word_count = COALESCE(excluded.word_count, a.word_count), text_source = COALESCE(excluded.text_source, a.text_source),
       fetched_at = COALESCE(excluded.fetched_at, a.fetched_at), last_error = COALESCE(excluded.last_error, a.last_error),
       duplicate_of = COALESCE(excluded.duplicate_of, a.duplicate_of), extractor_version = COALESCE(excluded.extractor_version, a.extractor_version),
       reviewed = a.reviewed OR excluded.reviewed,
       reviewed_by = CASE WHEN excluded.reviewed_at IS NULL THEN a.reviewed_by ELSE excluded.reviewed_by END,
       reviewed_at = COALESCE(excluded.reviewed_at, a.reviewed_at)`,
    [JSON.stringify(rows)],
  );
}
