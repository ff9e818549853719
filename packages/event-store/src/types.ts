import type { EventType, WirelogEvent } from '@wirelog/events';

export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  /** Who caused it: `system`, a worker role, or a reviewer's name. */
  actor?: string;
  [key: string]: unknown;
}

/** An event to append. A deterministic `eventId` makes the append idempotent. */
export type NewEvent = WirelogEvent & { eventId: string; metadata?: EventMetadata };

/** `any`: no check; `no-stream`: the stream must not exist; a number: its current version. */
export type ExpectedVersion = 'any' | 'no-stream' | number;

interface StoredEventOf<T extends EventType> {
  globalPosition: bigint;
  transactionId: string;
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: T;
  schemaVersion: number;
  data: Extract<WirelogEvent, { type: T }>['data'];
  metadata: EventMetadata;
  recordedAt: Date;
}

/** A stored event: a union discriminated by `type`, so a switch narrows `data`. */
export type StoredEvent<T extends EventType = EventType> = { [K in T]: StoredEventOf<K> }[T];

/** Read cursor over the log: events are ordered by (transactionId, globalPosition). */
export interface LogCursor {
  transactionId: string;
  position: bigint;
}

export const LOG_START: LogCursor = { transactionId: '0', position: 0n };

/** Log order of two cursors: by transaction id, then position (negative: `a` first). */
export function compareCursors(a: LogCursor, b: LogCursor): number {
  const [ta, tb] = [BigInt(a.transactionId), BigInt(b.transactionId)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.position === b.position ? 0 : a.position < b.position ? -1 : 1;
}

export interface AppendResult {
  /** The stream's version after the append (unchanged when every event already existed). */
  nextExpectedVersion: number;
  /** How many events were new. */
  appended: number;
  lastPosition?: bigint;
}
