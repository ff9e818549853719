import { sql } from 'drizzle-orm';
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
  // API filters accept a name (`?org=NVIDIA`): looked up case-insensitively per kind
  (t) => [index('entities_kind_idx').on(t.kind, t.articleCount), index('entities_name_idx').on(t.kind, sql`lower(${t.name})`)],
);
