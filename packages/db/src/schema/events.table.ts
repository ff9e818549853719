import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { xid8 } from './types';

/** The event log (SPEC §7): the only source of truth. */
export const events = pgTable(
  'events',
  {
    globalPosition: bigint('global_position', { mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Readers only take rows below the oldest running transaction (STYLE habit 8). */
    transactionId: xid8('transaction_id').notNull().default(sql`pg_current_xact_id()`),
    streamId: text('stream_id').notNull(),
    streamVersion: integer('stream_version').notNull(),
    eventId: uuid('event_id').notNull(),
    type: text('type').notNull(),
    schemaVersion: integer('schema_version').notNull().default(1),
    data: jsonb('data').notNull(),
    metadata: jsonb('metadata').notNull().default({}),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('events_stream_version_uq').on(t.streamId, t.streamVersion),
    uniqueIndex('events_event_id_uq').on(t.eventId),
    index('events_tx_position_idx').on(t.transactionId, t.globalPosition),
    index('events_type_idx').on(t.type),
  ],
);
