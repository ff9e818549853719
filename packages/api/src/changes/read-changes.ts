import type { Sql } from '@wirelog/db';
import { LOG_START, compareCursors, cursorOfRow, decodeRows, readAllRows, type LogCursor, type StoredEvent } from '@wirelog/event-store';

/** How far every projection has got: changes up to here are in the read tables. */
export async function projectedCursor(sql: Sql, projections: readonly string[]): Promise<LogCursor> {
  const { rows } = await sql.query<{ name: string; position: bigint; transaction_id: string }>(
    'SELECT name, position, transaction_id::text AS transaction_id FROM projection_checkpoints WHERE name = ANY($1::text[])',
    [projections],
  );
  if (rows.length < projections.length) return LOG_START;
  return rows.map((r) => ({ transactionId: r.transaction_id, position: r.position })).reduce((min, c) => (compareCursors(c, min) < 0 ? c : min));
}

/** The log cursor of the event at `position` (a client's last SSE id), or undefined if there is none. */
export async function cursorAt(sql: Sql, position: bigint): Promise<LogCursor | undefined> {
  if (position === 0n) return LOG_START;
  const { rows } = await sql.query<{ transaction_id: string }>('SELECT transaction_id::text AS transaction_id FROM events WHERE global_position = $1', [position]);
  return rows[0] ? { transactionId: rows[0].transaction_id, position } : undefined;
}

/**
 * Events of `types` after `after` and up to `upTo`, in log order; events this
 * release cannot read are passed over. `next` is where the following read
 * starts (the last row read, decodable or not).
 */
export async function readProjectedEvents(
  sql: Sql,
  options: { after: LogCursor; upTo: LogCursor; types: string[]; limit: number },
): Promise<{ events: StoredEvent[]; next: LogCursor; full: boolean }> {
  const rows = await readAllRows(sql, options);
  // a newer release's event is passed over: its projections parked it
  const events = await decodeRows(rows, async () => undefined);
  const last = rows[rows.length - 1];
  return { events, next: last ? cursorOfRow(last) : options.after, full: rows.length === options.limit };
}

/** Of these articles, those whose active entities include one of `entityIds`. */
export async function articlesWithAnyEntity(sql: Sql, articleIds: string[], entityIds: string[]): Promise<Set<string>> {
  if (articleIds.length === 0) return new Set();
  const { rows } = await sql.query<{ article_id: string }>(
    `SELECT DISTINCT article_id FROM article_entities WHERE article_id = ANY($1::text[]) AND entity_id = ANY($2::text[]) AND status = 'active'`,
    [articleIds, entityIds],
  );
  return new Set(rows.map((r) => r.article_id));
}
