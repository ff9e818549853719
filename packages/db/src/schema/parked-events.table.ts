import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Events a projection could not apply (its code threw, PostgreSQL refused its
 * row, or this release cannot read the event's schema version), with why.
 * The projection moved on past them; `wirelog projections retry` applies them
 * again and removes the rows that now apply.
 */
export const parkedEvents = pgTable(
  'parked_events',
  {
    projection: text('projection').notNull(),
    eventId: uuid('event_id').notNull(),
    globalPosition: bigint('global_position', { mode: 'bigint' }).notNull(),
    streamId: text('stream_id').notNull(),
    type: text('type').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    error: text('error').notNull(),
    /** Times it failed: 1 when parked, one more per retry that failed again. */
    attempts: integer('attempts').notNull(),
    parkedAt: timestamp('parked_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projection, t.eventId] }), index('parked_events_position_idx').on(t.projection, t.globalPosition)],
);
