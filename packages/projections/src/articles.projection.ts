import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import type { Projection } from './projection';

/** `articles`: one row per article, its text and pipeline status (SPEC §7). */
export const articlesProjection: Projection = {
  name: 'articles',
  // 2: reviewed_by and reviewed_at
  version: 2,
  tables: ['articles'],
  handles: ['ArticleDiscovered', 'ArticleFetched', 'ArticleFetchFailed', 'ArticleDuplicateDetected', 'EntitiesExtracted', 'EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'],
  async apply(event: StoredEvent, tx: Sql) {
    const p = event.globalPosition;
    switch (event.type) {
      case 'ArticleDiscovered': {
        const d = event.data;
        await tx.query(
          `INSERT INTO articles (article_id, feed_id, url, title, published_at, discovered_at, status, sort_at, last_position)
           VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, 'discovered', COALESCE($5::timestamptz, $6::timestamptz), $7) ON CONFLICT (article_id) DO NOTHING`,
          [d.articleId, d.feedId, d.url, d.title ?? null, d.publishedAt ?? null, d.discoveredAt, p],
        );
        return;
      }
      case 'ArticleFetched': {
        const d = event.data;
        await tx.query(
          `UPDATE articles SET title = COALESCE(NULLIF($2, ''), title), byline = $3, published_at = COALESCE(published_at, $4::timestamptz), lang = $5,
             text = $6, text_hash = $7, word_count = $8, text_source = $9, fetched_at = $10,
             status = CASE WHEN status = 'extracted' THEN status ELSE 'fetched' END,
             sort_at = COALESCE(published_at, $4::timestamptz, sort_at), last_position = $11
           WHERE article_id = $1`,
          [d.articleId, d.title, d.byline ?? null, d.publishedAt ?? null, d.lang ?? null, d.text, d.textHash, d.wordCount, d.source, d.fetchedAt, p],
        );
        return;
      }
      case 'ArticleFetchFailed': {
        const d = event.data;
        await tx.query(
          `UPDATE articles SET last_error = $2, status = CASE WHEN status = 'discovered' THEN 'failed' ELSE status END, last_position = $3
           WHERE article_id = $1`,
          [d.articleId, d.reason, p],
        );
        return;
      }
      case 'ArticleDuplicateDetected': {
        const d = event.data;
        await tx.query(`UPDATE articles SET status = 'duplicate', duplicate_of = $2, last_position = $3 WHERE article_id = $1`, [d.articleId, d.duplicateOf, p]);
        return;
      }
      case 'EntitiesExtracted': {
        const d = event.data;
        await tx.query(
          `UPDATE articles SET status = 'extracted', extractor_version = $2, last_position = $3 WHERE article_id = $1`,
          [d.articleId, d.extractorVersion, p],
        );
        return;
      }
      default:
        // reviewer events
        await tx.query('UPDATE articles SET reviewed = true, reviewed_by = $3, reviewed_at = $4, last_position = $2 WHERE article_id = $1', [
          (event.data as { articleId: string }).articleId,
          p,
          typeof event.metadata.actor === 'string' ? event.metadata.actor : null,
          event.recordedAt,
        ]);
    }
  },
};
