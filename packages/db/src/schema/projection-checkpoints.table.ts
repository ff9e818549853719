import { sql } from 'drizzle-orm';
import { bigint, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { xid8 } from './types';

export const projectionCheckpoints = pgTable('projection_checkpoints', {
  name: text('name').primaryKey(),
  /** global_position of the last event applied. */
  position: bigint('position', { mode: 'bigint' }).notNull().default(sql`0`),
  /** transaction_id of that event: the read cursor is (transaction_id, position). */
  transactionId: xid8('transaction_id').notNull().default(sql`'0'`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** The projection's code version its tables were built by (null: recorded before versions were). */
  version: integer('version'),
});
