import type { Sql } from '@wirelog/db';
import { LOG_START, type LogCursor } from './types';

/** NOTIFY channel of checkpoint moves: a projection's changes became readable. */
export const CHECKPOINTS_CHANNEL = 'wirelog_checkpoints';

/** The advisory lock key of subscriber `$1`: every way of taking or finding its lock uses this one. */
export const SUBSCRIBER_LOCK_KEY = "hashtextextended('wirelog-subscription:' || $1, 0)";

/**
 * Takes the subscriber's lock for this transaction and returns its
 * checkpoint. A second replica of the same subscriber gets `undefined` and
 * waits its turn instead of blocking a connection. An advisory lock, unlike
 * SELECT … FOR UPDATE, assigns no transaction id, so holding it does not hold
 * back the read horizon of `readAll` for anyone.
 */
export async function lockCheckpoint(tx: Sql, name: string): Promise<LogCursor | undefined> {
  const { rows } = await tx.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock(${SUBSCRIBER_LOCK_KEY}) AS locked`,
    [name],
  );
  return rows[0]?.locked ? readCheckpoint(tx, name) : undefined;
}

/** Waits for the subscriber's lock and holds it to the end of the transaction: its replicas pause meanwhile (rebuilds, retries). */
export async function waitForCheckpointLock(tx: Sql, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${SUBSCRIBER_LOCK_KEY})`, [name]);
}

/** Moves the subscriber's checkpoint, and tells listeners of `CHECKPOINTS_CHANNEL` (the change feed) when it commits. */
export async function saveCheckpoint(tx: Sql, name: string, cursor: LogCursor): Promise<void> {
  await tx.query(
    `WITH saved AS (
       INSERT INTO projection_checkpoints (name, position, transaction_id, updated_at) VALUES ($1, $2, $3::xid8, now())
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, transaction_id = excluded.transaction_id, updated_at = now()
       RETURNING name)
     SELECT pg_notify('${CHECKPOINTS_CHANNEL}', name) FROM saved`,
    [name, cursor.position, cursor.transactionId],
  );
}

export async function readCheckpoint(sql: Sql, name: string): Promise<LogCursor> {
  const { rows } = await sql.query<{ position: bigint; transaction_id: string }>(
    'SELECT position, transaction_id::text AS transaction_id FROM projection_checkpoints WHERE name = $1',
    [name],
  );
  const row = rows[0];
  return row ? { transactionId: row.transaction_id, position: row.position } : LOG_START;
}

/** Creates the subscriber's checkpoint at `cursor` unless it has one. */
export async function initCheckpoint(sql: Sql, name: string, cursor: LogCursor): Promise<void> {
  await sql.query(
    `INSERT INTO projection_checkpoints (name, position, transaction_id, updated_at) VALUES ($1, $2, $3::xid8, now()) ON CONFLICT (name) DO NOTHING`,
    [name, cursor.position, cursor.transactionId],
  );
}
