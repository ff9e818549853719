import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import type { Projection } from './projection';

/** `feeds`: one row per feed with its polling health (SPEC §7). */
export const feedsProjection: Projection = {
  name: 'feeds',
  version: 1,
  tables: ['feeds'],
  handles: ['FeedRegistered', 'FeedChanged', 'FeedRemoved', 'FeedPolled', 'FeedPollFailed', 'ArticleDiscovered'],
  async apply(event: StoredEvent, tx: Sql) {
    const p = event.globalPosition;
    switch (event.type) {
      case 'FeedRegistered':
      case 'FeedChanged': {
        const d = event.data;
        await tx.query(
          `INSERT INTO feeds (feed_id, url, status, interval_ms, enabled, tags, last_position)
           VALUES ($1, $2, 'active', $3, $4, $5, $6)
           ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, interval_ms = excluded.interval_ms, enabled = excluded.enabled,
             tags = excluded.tags, last_position = excluded.last_position,
             status = CASE WHEN feeds.status IN ('removed', 'gone') THEN 'active' ELSE feeds.status END,
             consecutive_failures = CASE WHEN feeds.status IN ('removed', 'gone') THEN 0 ELSE feeds.consecutive_failures END`,
          [d.feedId, d.url, d.intervalMs, d.enabled, d.tags, p],
        );
        return;
      }
      case 'FeedRemoved':
        await tx.query(`UPDATE feeds SET status = 'removed', last_position = $2 WHERE feed_id = $1`, [event.data.feedId, p]);
        return;
      case 'FeedPolled': {
        const d = event.data;
        await tx.query(
          `UPDATE feeds SET status = 'active', last_polled_at = $2::timestamptz, last_success_at = $2::timestamptz, consecutive_failures = 0, last_error = NULL,
             etag = COALESCE($3::text, etag), last_modified = COALESCE($4::text, last_modified), last_position = $5
           WHERE feed_id = $1 AND status <> 'removed'`,
          [d.feedId, d.polledAt, d.etag ?? null, d.lastModified ?? null, p],
        );
        return;
      }
      case 'FeedPollFailed': {
        const d = event.data;
        await tx.query(
          `UPDATE feeds SET status = CASE WHEN $4::boolean THEN 'gone' ELSE 'failing' END, last_polled_at = $2::timestamptz,
             consecutive_failures = $6, last_error = $3, last_position = $5
           WHERE feed_id = $1 AND status <> 'removed'`,
          [d.feedId, d.polledAt, d.reason, d.gone, p, d.consecutiveFailures],
        );
        return;
      }
      case 'ArticleDiscovered':
        await tx.query('UPDATE feeds SET article_count = article_count + 1 WHERE feed_id = $1', [event.data.feedId]);
        return;
    }
  },
};
