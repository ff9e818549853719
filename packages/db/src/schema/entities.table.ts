import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const entities = pgTable(
  'entities',
  {
    entityId: text('entity_id').primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    articleCount: integer('article_count').notNull(),
    mentionCount: integer('mention_count').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  },
  (t) => [index('entities_kind_idx').on(t.kind, t.articleCount)],
);
