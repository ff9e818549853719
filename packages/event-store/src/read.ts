import type { Sql } from '@wirelog/db';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './row-mapping';
import { LOG_START, type LogCursor, type StoredEvent } from './types';

export async function readStream(sql: Sql, streamId: string, options: { fromVersion?: number } = {}): Promise<StoredEvent[]> {
  const { rows } = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`,
    [streamId, options.fromVersion ?? 1],
  );
  return rows.map(toStoredEvent);
}

/**
 * Events after `cursor`, in (transaction id, position) order, and only those
 * of transactions older than every transaction still running: a transaction
 * that took a lower position but commits later can therefore never be passed
 * over (Emmett's approach, STYLE habit 8). Call it outside a transaction that
 * has written, or its own id holds the horizon back.
 */
export async function readAll(sql: Sql, options: { after?: LogCursor; limit?: number; types?: string[] } = {}): Promise<StoredEvent[]> {
  const after = options.after ?? LOG_START;
  const params: unknown[] = [after.transactionId, after.position, options.limit ?? 1000];
  const typeFilter = options.types ? `AND type = ANY($4::text[])` : '';
  if (options.types) params.push(options.types);
  const { rows } = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events
     WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
       AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ${typeFilter}
     ORDER BY events.transaction_id, events.global_position
     LIMIT $3`,
    params,
  );
  return rows.map(toStoredEvent);
}

export function cursorOf(event: StoredEvent): LogCursor {
  return { transactionId: event.transactionId, position: event.globalPosition };
}
