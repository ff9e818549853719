import { schemaVersionOf, validateEvent } from '@wirelog/events';
import { sqlState, type Database, type Sql } from '@wirelog/db';
import { WrongExpectedVersionError } from './errors';
import type { AppendResult, ExpectedVersion, NewEvent } from './types';

export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  expectedVersion?: ExpectedVersion;
}

const UNIQUE_VIOLATION = '23505';
const MAX_ATTEMPTS = 30;

/**
 * Appends to several streams in one transaction: one round trip for the ids
 * already stored, one for the streams' versions, one INSERT for all rows.
 * A unique violation means a concurrent append took the same version or id:
 * the whole transaction is retried, and then sees what the other one wrote.
 */
export async function appendToStreams(database: Database, appends: StreamAppend[]): Promise<AppendResult[]> {
  const validated = appends.map((a) => ({ ...a, events: a.events.map((e) => ({ ...validateEvent(e), eventId: e.eventId, metadata: e.metadata })) }));
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.transaction((tx) => appendInTransaction(tx, validated));
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt >= MAX_ATTEMPTS) throw error;
      // jitter, so appenders racing for one stream do not collide again in lockstep
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * attempt));
    }
  }
}

/** Appends inside the caller's transaction (no retry: the caller owns it). */
export async function appendInTransaction(tx: Sql, appends: StreamAppend[]): Promise<AppendResult[]> {
  const allIds = appends.flatMap((a) => a.events.map((e) => e.eventId));
  const streamIds = [...new Set(appends.map((a) => a.streamId))];
  const [existing, versions] = await Promise.all([
    tx.query<{ event_id: string }>('SELECT event_id::text AS event_id FROM events WHERE event_id = ANY($1::uuid[])', [allIds]),
    tx.query<{ stream_id: string; version: number }>(
      'SELECT stream_id, max(stream_version) AS version FROM events WHERE stream_id = ANY($1::text[]) GROUP BY stream_id',
      [streamIds],
    ),
  ]);
  const stored = new Set(existing.rows.map((r) => r.event_id));
  const version = new Map(versions.rows.map((r) => [r.stream_id, r.version]));

  const rows: unknown[] = [];
  const results = appends.map((append): AppendResult => {
    const fresh = append.events.filter((e) => !stored.has(e.eventId));
    const current = version.get(append.streamId) ?? 0;
    if (fresh.length === 0) return { nextExpectedVersion: current, appended: 0 };
    checkExpected(append.streamId, append.expectedVersion ?? 'any', current);
    fresh.forEach((event, i) => {
      stored.add(event.eventId); // the same id twice in one call is stored once
      rows.push({
        stream_id: append.streamId,
        stream_version: current + i + 1,
        event_id: event.eventId,
        type: event.type,
        schema_version: schemaVersionOf(event.type),
        data: event.data,
        metadata: event.metadata ?? {},
      });
    });
    version.set(append.streamId, current + fresh.length);
    return { nextExpectedVersion: current + fresh.length, appended: fresh.length };
  });
  if (rows.length === 0) return results;

  const inserted = await tx.query<{ global_position: bigint; stream_id: string }>(
    `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
     SELECT stream_id, stream_version, event_id, type, schema_version, data, metadata
     FROM ROWS FROM (jsonb_to_recordset($1::jsonb)
       AS (stream_id text, stream_version int, event_id uuid, type text, schema_version int, data jsonb, metadata jsonb))
       WITH ORDINALITY AS x(stream_id, stream_version, event_id, type, schema_version, data, metadata, n)
     ORDER BY n
     RETURNING global_position, stream_id`,
    [JSON.stringify(rows)],
  );
  const last = new Map(inserted.rows.map((r) => [r.stream_id, r.global_position]));
  return results.map((result, i) => (result.appended > 0 ? { ...result, lastPosition: last.get(appends[i]!.streamId) } : result));
}

function checkExpected(streamId: string, expected: ExpectedVersion, current: number): void {
  if (expected === 'any') return;
  if (expected === 'no-stream' ? current !== 0 : current !== expected) {
    throw new WrongExpectedVersionError(streamId, expected, current);
  }
}
