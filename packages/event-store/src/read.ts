import type { Sql } from '@wirelog/db';
import { EVENT_COLUMNS, cursorOfRow, toStoredEvent, type EventRow } from './row-mapping';
import { LOG_START, type LogCursor, type StoredEvent } from './types';

export async function readStream(sql: Sql, streamId: string, options: { fromVersion?: number } = {}): Promise<StoredEvent[]> {
  const { rows } = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`,
    [streamId, options.fromVersion ?? 1],
  );
  return rows.map(toStoredEvent);
}

/**
 * The log's readable horizon: the oldest transaction still running that may
 * write to this database's log (else the next transaction id). Transactions
 * of other databases on the same server never write here, so they do not
 * hold readers back — when this role may see their ids (a superuser, or a
 * member of pg_read_all_stats); ids it cannot see are counted as running.
 */
export const READABLE_HORIZON = `(SELECT COALESCE(
    (SELECT min(x) FROM pg_snapshot_xip(s.snap) x
     WHERE (x::text::bigint % 4294967296) NOT IN (
       SELECT backend_xid::text::bigint FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND datname IS DISTINCT FROM current_database())),
    pg_snapshot_xmax(s.snap))
  FROM (SELECT pg_current_snapshot() AS snap) s)`;

/**
 * Events after `cursor`, in (transaction id, position) order, and only those
 * of transactions below the readable horizon: a transaction that took a
 * lower position but commits later can therefore never be passed over
 * (Emmett's approach, STYLE habit 8). Call it outside a transaction that has
 * written, or its own id holds the horizon back.
 */
export async function readAll(sql: Sql, options: { after?: LogCursor; limit?: number; types?: string[] } = {}): Promise<StoredEvent[]> {
  return (await readAllRows(sql, options)).map(toStoredEvent);
}

/**
 * `readAll` before decoding: the stored rows, for a reader that handles
 * undecodable ones itself. `upTo` stops it at a cursor (inclusive).
 */
export async function readAllRows(sql: Sql, options: { after?: LogCursor; upTo?: LogCursor; limit?: number; types?: string[] } = {}): Promise<EventRow[]> {
  const after = options.after ?? LOG_START;
  const params: unknown[] = [after.transactionId, after.position, options.limit ?? 1000];
  const param = (value: unknown) => `$${params.push(value)}`;
  const typeFilter = options.types ? `AND type = ANY(${param(options.types)}::text[])` : '';
  const upToFilter = options.upTo ? `AND (transaction_id, global_position) <= (${param(options.upTo.transactionId)}::xid8, ${param(options.upTo.position)}::bigint)` : '';
  const { rows } = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events
     WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
       AND transaction_id < ${READABLE_HORIZON}
       ${typeFilter} ${upToFilter}
     ORDER BY events.transaction_id, events.global_position
     LIMIT $3`,
    params,
  );
  return rows;
}

export function cursorOf(event: StoredEvent): LogCursor {
  return { transactionId: event.transactionId, position: event.globalPosition };
}

/** The latest event of one of `types` in each listed stream (streams without one are absent). */
export async function readLastOfTypes(sql: Sql, streamIds: string[], types: readonly string[]): Promise<StoredEvent[]> {
  if (streamIds.length === 0) return [];
  const { rows } = await sql.query<EventRow>(
    `SELECT DISTINCT ON (stream_id) ${EVENT_COLUMNS} FROM events
     WHERE stream_id = ANY($1::text[]) AND type = ANY($2::text[])
     ORDER BY stream_id, stream_version DESC`,
    [streamIds, types],
  );
  return rows.map(toStoredEvent);
}

/** The latest event of one of `types` in every stream whose id starts with `prefix`. */
export async function readLastOfTypesByPrefix(sql: Sql, prefix: string, types: readonly string[]): Promise<StoredEvent[]> {
  const { rows } = await sql.query<EventRow>(
    `SELECT DISTINCT ON (stream_id) ${EVENT_COLUMNS} FROM events
     WHERE starts_with(stream_id, $1) AND type = ANY($2::text[])
     ORDER BY stream_id, stream_version DESC`,
    [prefix, types],
  );
  return rows.map(toStoredEvent);
}

/** Which of the listed streams exist (have any event): one index probe per stream. */
export async function existingStreams(sql: Sql, streamIds: string[]): Promise<Set<string>> {
  if (streamIds.length === 0) return new Set();
  const { rows } = await sql.query<{ stream_id: string }>(
    'SELECT stream_id FROM events WHERE stream_id = ANY($1::text[]) AND stream_version = 1',
    [streamIds],
  );
  return new Set(rows.map((r) => r.stream_id));
}

/** The cursor of the last event `readAll` can return now (the log's readable head). */
export async function readHead(sql: Sql): Promise<LogCursor> {
  const { rows } = await sql.query<{ transaction_id: string; global_position: bigint }>(
    `SELECT transaction_id::text AS transaction_id, global_position FROM events
     WHERE transaction_id < ${READABLE_HORIZON}
     ORDER BY events.transaction_id DESC, events.global_position DESC LIMIT 1`,
  );
  const row = rows[0];
  return row ? cursorOfRow(row) : LOG_START;
}
