import { schemaVersionOf, storableJson, validateEvent } from '@wirelog/events';
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
 * Appends to several streams atomically. The common path is two round trips:
 * read the streams' versions, then one INSERT of every row (a single
 * statement, so no explicit transaction). A unique violation means a
 * concurrent append took one of those versions, or an event id is already
 * stored: the append is retried, now checking for stored ids first, so a
 * repeated event id becomes a no-op and a lost race re-checks the expected
 * version against what the other appender wrote.
 */
export async function appendToStreams(database: Database, appends: StreamAppend[]): Promise<AppendResult[]> {
  const validated = appends.map((a) => ({ ...a, events: a.events.map(validatedEvent) }));
  for (let attempt = 1; ; attempt++) {
    try {
      return await appendWith(database, validated, attempt > 1);
    } catch (error) {
      // On the fast path a version mismatch may be this very append, already stored: look again with ids checked.
      if (error instanceof WrongExpectedVersionError && attempt === 1) continue;
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt >= MAX_ATTEMPTS) throw error;
      // jitter, so appenders racing for one stream do not collide again in lockstep
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * attempt));
    }
  }
}

/** Appends inside the caller's transaction (no retry: the caller owns it). */
export function appendInTransaction(tx: Sql, appends: StreamAppend[]): Promise<AppendResult[]> {
  return appendWith(tx, appends.map((a) => ({ ...a, events: a.events.map(validatedEvent) })), true);
}

function validatedEvent(event: NewEvent): NewEvent {
  return { ...validateEvent(event), eventId: event.eventId, metadata: event.metadata } as NewEvent;
}

async function appendWith(sql: Sql, appends: StreamAppend[], checkStoredIds: boolean): Promise<AppendResult[]> {
  const streamIds = [...new Set(appends.map((a) => a.streamId))];
  const [stored, version] = await Promise.all([
    checkStoredIds ? storedEventIds(sql, appends) : new Set<string>(),
    streamVersions(sql, streamIds),
  ]);

  const columns: [string[], number[], string[], string[], number[], string[], string[]] = [[], [], [], [], [], [], []];
  const results = appends.map((append): AppendResult => {
    const fresh = append.events.filter((e) => !stored.has(e.eventId));
    const current = version.get(append.streamId) ?? 0;
    if (fresh.length === 0) return { nextExpectedVersion: current, appended: 0 };
    checkExpected(append.streamId, append.expectedVersion ?? 'any', current);
    fresh.forEach((event, i) => {
      stored.add(event.eventId); // the same id twice in one call is stored once
      columns[0].push(append.streamId);
      columns[1].push(current + i + 1);
      columns[2].push(event.eventId);
      columns[3].push(event.type);
      columns[4].push(schemaVersionOf(event.type));
      // no content may fail an append: NUL and lone surrogates that slipped past the input boundary become U+FFFD
      columns[5].push(storableJson(event.data));
      columns[6].push(storableJson(event.metadata ?? {}));
    });
    version.set(append.streamId, current + fresh.length);
    return { nextExpectedVersion: current + fresh.length, appended: fresh.length };
  });
  if (columns[0].length === 0) return results;

  const inserted = await sql.query<{ global_position: bigint; stream_id: string }>(
    `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
     SELECT * FROM unnest($1::text[], $2::int[], $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[])
     RETURNING global_position, stream_id`,
    columns,
  );
  const last = new Map<string, bigint>();
  for (const row of inserted.rows) if ((last.get(row.stream_id) ?? -1n) < row.global_position) last.set(row.stream_id, row.global_position);
  return results.map((result, i) => (result.appended > 0 ? { ...result, lastPosition: last.get(appends[i]!.streamId) } : result));
}

async function storedEventIds(sql: Sql, appends: StreamAppend[]): Promise<Set<string>> {
  const ids = appends.flatMap((a) => a.events.map((e) => e.eventId));
  const { rows } = await sql.query<{ event_id: string }>('SELECT event_id::text AS event_id FROM events WHERE event_id = ANY($1::uuid[])', [ids]);
  return new Set(rows.map((r) => r.event_id));
}

async function streamVersions(sql: Sql, streamIds: string[]): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ stream_id: string; version: number }>(
    'SELECT stream_id, max(stream_version) AS version FROM events WHERE stream_id = ANY($1::text[]) GROUP BY stream_id',
    [streamIds],
  );
  return new Map(rows.map((r) => [r.stream_id, r.version]));
}

function checkExpected(streamId: string, expected: ExpectedVersion, current: number): void {
  if (expected === 'any') return;
  if (expected === 'no-stream' ? current !== 0 : current !== expected) {
    throw new WrongExpectedVersionError(streamId, expected, current);
  }
}
