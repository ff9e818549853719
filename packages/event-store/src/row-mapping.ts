import { upcast } from '@wirelog/events';
import type { LogCursor, StoredEvent } from './types';

export const EVENT_COLUMNS =
  'global_position, transaction_id::text AS transaction_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at';

export interface EventRow {
  global_position: bigint;
  transaction_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

/** Stored rows come back upcast to the current payload shape. */
export function toStoredEvent(row: EventRow): StoredEvent {
  const event = upcast(row.type, row.schema_version, row.data);
  return {
    globalPosition: row.global_position,
    transactionId: row.transaction_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    eventId: row.event_id,
    type: event.type,
    schemaVersion: row.schema_version,
    data: event.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  } as StoredEvent;
}

/** The read cursor just past this row. */
export function cursorOfRow(row: Pick<EventRow, 'transaction_id' | 'global_position'>): LogCursor {
  return { transactionId: row.transaction_id, position: row.global_position };
}

/**
 * Decodes stored rows, in order. A row this release cannot read (a type or
 * schema version it does not know, data its schema refuses) goes to
 * `onUnreadable`, or, without one, stops the decoding with its error.
 */
export async function decodeRows(rows: EventRow[], onUnreadable?: (row: EventRow, error: Error) => Promise<void>): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (const row of rows) {
    try {
      events.push(toStoredEvent(row));
    } catch (error) {
      if (!onUnreadable) throw error;
      await onUnreadable(row, error as Error);
    }
  }
  return events;
}
