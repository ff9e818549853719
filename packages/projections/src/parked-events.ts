import type { Database, Sql } from '@wirelog/db';
import { EVENT_COLUMNS, decodeRows, toStoredEvent, waitForCheckpointLock, type EventRow, type StoredEvent } from '@wirelog/event-store';
import { isEventType, storableText } from '@wirelog/events';
import type { Projection } from './projection';

/** What identifies a parked event; a decoded event and an undecodable row both have it. */
interface EventRef {
  eventId: string;
  globalPosition: bigint;
  streamId: string;
  type: string;
  schemaVersion: number;
}

const refOfRow = (row: EventRow): EventRef => ({
  eventId: row.event_id,
  globalPosition: row.global_position,
  streamId: row.stream_id,
  type: row.type,
  schemaVersion: row.schema_version,
});

/**
 * Whether an error is the event's fault, so that applying it again would fail
 * again: an error of the projection's own code (no SQLSTATE), or PostgreSQL
 * refusing the data (class 22, data exception; 23, integrity constraint).
 * Anything else (the connection, the server, locks, a schema not migrated yet)
 * says nothing about the event: its batch is retried, nothing is parked. Only
 * asked after a `ROLLBACK TO SAVEPOINT` succeeded, so the connection is alive.
 */
export function isEventsFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === undefined) return true;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code.startsWith('22') || code.startsWith('23');
  return false; // a system error (ECONNRESET…)
}

async function park(tx: Sql, projection: string, event: EventRef, error: unknown): Promise<void> {
  const reason = storableText(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
  await tx.query(
    `INSERT INTO parked_events (projection, event_id, global_position, stream_id, type, schema_version, error, attempts, parked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, now())
     ON CONFLICT (projection, event_id) DO UPDATE SET error = excluded.error, attempts = parked_events.attempts + 1`,
    [projection, event.eventId, event.globalPosition, event.streamId, event.type, event.schemaVersion, reason],
  );
}

/**
 * Applies a batch, in log order, the events this projection handles. Fast
 * path: all of them at once (the projection's set-based `applyBatch`) under
 * one savepoint. If one is at fault, the batch is rolled back to it and
 * applied event by event (batches of one), each under its own savepoint, and
 * the events that fail are parked: the projection moves on.
 */
export function applyBatch(projection: Projection) {
  return async (events: StoredEvent[], tx: Sql): Promise<void> => {
    const relevant = events.filter((e) => projection.handles.includes(e.type));
    if (relevant.length === 0) return;
    await tx.query('SAVEPOINT wirelog_batch');
    try {
      await projection.applyBatch(relevant, tx);
      await tx.query('RELEASE SAVEPOINT wirelog_batch');
      return;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT wirelog_batch');
      if (!isEventsFault(error)) throw error;
    }
    for (const event of relevant) {
      await tx.query('SAVEPOINT wirelog_event');
      try {
        await projection.applyBatch([event], tx);
        await tx.query('RELEASE SAVEPOINT wirelog_event');
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT wirelog_event');
        if (!isEventsFault(error)) throw error;
        await park(tx, projection.name, event, error);
      }
    }
  };
}

/**
 * For a subscription's `onUnreadable`: an event this release cannot read is
 * parked when the projection handles its type (a newer schema version, or
 * data its schema refuses), and passed over when it does not (a type a newer
 * release added): neither stops the projection.
 */
export function parkUnreadable(projection: Projection) {
  return async (row: EventRow, error: Error, tx: Sql): Promise<void> => {
    if (isEventType(row.type) && projection.handles.includes(row.type)) await park(tx, projection.name, refOfRow(row), error);
  };
}

/** Decodes rows as a subscription does, parking (or passing over) those this release cannot read. */
export function decodeOrPark(projection: Projection, rows: EventRow[], tx: Sql): Promise<StoredEvent[]> {
  const onUnreadable = parkUnreadable(projection);
  return decodeRows(rows, (row, error) => onUnreadable(row, error, tx));
}

export interface RetryResult {
  projection: string;
  applied: number;
  stillParked: number;
}

/**
 * Applies each parked event of these projections again, oldest first, each in
 * its own transaction holding the projection's lock (so the live projector
 * never interleaves). One that applies leaves the table; one that fails again
 * stays, with the new error and one more attempt.
 */
export async function retryParked(database: Database, chosen: readonly Projection[]): Promise<RetryResult[]> {
  const results: RetryResult[] = [];
  for (const projection of chosen) {
    const result = { projection: projection.name, applied: 0, stillParked: 0 };
    const { rows: parked } = await database.query<{ event_id: string }>('SELECT event_id FROM parked_events WHERE projection = $1 ORDER BY global_position', [projection.name]);
    for (const { event_id: eventId } of parked) {
      const applied = await database.transaction(async (tx) => {
        await waitForCheckpointLock(tx, projection.name);
        const { rows } = await tx.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = $1`, [eventId]);
        await tx.query('SAVEPOINT wirelog_event');
        try {
          await projection.applyBatch([toStoredEvent(rows[0]!)], tx);
          await tx.query('DELETE FROM parked_events WHERE projection = $1 AND event_id = $2', [projection.name, eventId]);
          return true;
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT wirelog_event');
          if (!isEventsFault(error)) throw error;
          await park(tx, projection.name, refOfRow(rows[0]!), error);
          return false;
        }
      });
      if (applied) result.applied += 1;
      else result.stillParked += 1;
    }
    results.push(result);
  }
  return results;
}

/** Parked events per projection (0 for those with none). */
export async function parkedCounts(sql: Sql, names: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ projection: string; n: string }>('SELECT projection, count(*)::text AS n FROM parked_events WHERE projection = ANY($1::text[]) GROUP BY projection', [names]);
  const counts = new Map(names.map((n) => [n, 0]));
  for (const r of rows) counts.set(r.projection, Number(r.n));
  return counts;
}
