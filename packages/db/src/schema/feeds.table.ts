import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const feeds = pgTable('feeds', {
  feedId: text('feed_id').primaryKey(),
  url: text('url').notNull(),
  /** active | failing | gone | removed */
  status: text('status').notNull(),
  intervalMs: integer('interval_ms').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  tags: text('tags').array().notNull().default([]),
  lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lastError: text('last_error'),
  articleCount: integer('article_count').notNull().default(0),
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastPosition: bigint('last_position', { mode: 'bigint' }).notNull(),
});
