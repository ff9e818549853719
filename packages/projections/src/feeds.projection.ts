import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import { foldRows, type RowFold } from './fold-rows';
import type { Projection } from './projection';

/** A `feeds` row as the fold sees it: times as PostgreSQL's text, so they go back unchanged. */
interface FeedRow {
  feed_id: string;
  url: string;
  status: string;
  interval_ms: number;
  enabled: boolean;
  tags: string[];
  last_polled_at: string | null;
  last_success_at: string | null;
  consecutive_failures: number;
  last_error: string | null;
  article_count: number;
  etag: string | null;
  last_modified: string | null;
  last_position: string;
}

/** `feeds`: one row per feed with its polling health (SPEC §7). */
export const feedsProjection: Projection = {
  name: 'feeds',
  version: 1,
  tables: ['feeds'],
  handles: ['FeedRegistered', 'FeedChanged', 'FeedRemoved', 'FeedPolled', 'FeedPollFailed', 'ArticleDiscovered'],
  // few feeds, many events each: the batch is folded per feed in memory, read once and written once
  applyBatch: (events, tx) => foldRows(feedRows, events, tx),
};

const feedRows: RowFold<FeedRow> = {
  keyOf: (event) => (event.data as { feedId: string }).feedId,
  keyOfRow: (row) => row.feed_id,
  read: async (tx, feedIds) =>
    (await tx.query<FeedRow>(
      `SELECT feed_id, url, status, interval_ms, enabled, tags, last_polled_at::text, last_success_at::text, consecutive_failures, last_error,
              article_count, etag, last_modified, last_position::text
       FROM feeds WHERE feed_id = ANY($1::text[])`,
      [feedIds],
    )).rows,
  evolve,
  write: writeFeeds,
};

/** What one event does to its feed's row (`undefined`: no row). */
function evolve(row: FeedRow | undefined, event: StoredEvent): FeedRow | undefined {
  const position = String(event.globalPosition);
  switch (event.type) {
    case 'FeedRegistered':
    case 'FeedChanged': {
      const d = event.data;
      const settings = { url: d.url, interval_ms: d.intervalMs, enabled: d.enabled, tags: d.tags, last_position: position };
      if (!row) {
        return {
          feed_id: d.feedId, ...settings, status: 'active', last_polled_at: null, last_success_at: null, consecutive_failures: 0,
          last_error: null, article_count: 0, etag: null, last_modified: null,
        };
      }
      const revived = row.status === 'removed' || row.status === 'gone';
      return { ...row, ...settings, status: revived ? 'active' : row.status, consecutive_failures: revived ? 0 : row.consecutive_failures };
    }
    case 'FeedRemoved':
      return row && { ...row, status: 'removed', last_position: position };
    case 'FeedPolled': {
      const d = event.data;
      if (!row || row.status === 'removed') return row;
      return {
        ...row, status: 'active', last_polled_at: d.polledAt, last_success_at: d.polledAt, consecutive_failures: 0, last_error: null,
        etag: d.etag ?? row.etag, last_modified: d.lastModified ?? row.last_modified, last_position: position,
      };
    }
    case 'FeedPollFailed': {
      const d = event.data;
      if (!row || row.status === 'removed') return row;
      return {
        ...row, status: d.gone ? 'gone' : 'failing', last_polled_at: d.polledAt, consecutive_failures: d.consecutiveFailures,
        last_error: d.reason, last_position: position,
      };
    }
    case 'ArticleDiscovered':
      return row && { ...row, article_count: row.article_count + 1 };
    default:
      return row;
  }
}

async function writeFeeds(tx: Sql, rows: FeedRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO feeds (feed_id, url, status, interval_ms, enabled, tags, last_polled_at, last_success_at, consecutive_failures, last_error,
                        article_count, etag, last_modified, last_position)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(feed_id text, url text, status text, interval_ms int, enabled boolean, tags text[],
       last_polled_at timestamptz, last_success_at timestamptz, consecutive_failures int, last_error text, article_count int, etag text,
       last_modified text, last_position bigint)
     ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, status = excluded.status, interval_ms = excluded.interval_ms,
       enabled = excluded.enabled, tags = excluded.tags, last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at,
       consecutive_failures = excluded.consecutive_failures, last_error = excluded.last_error, article_count = excluded.article_count,
       etag = excluded.etag, last_modified = excluded.last_modified, last_position = excluded.last_position`,
    [JSON.stringify(rows)],
  );
}
