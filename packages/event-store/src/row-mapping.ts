import { upcast } from '@wirelog/events';
import type { StoredEvent } from './types';

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
