import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const articleEntities = pgTable(
  'article_entities',
  {
    articleId: text('article_id').notNull(),
    /** `<kind>:<key>`, e.g. `country:IN` */
    entityId: text('entity_id').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    mentions: integer('mentions').notNull(),
    /** extractor | reviewer */
    source: text('source').notNull(),
    /** active | rejected */
    status: text('status').notNull(),
    /** When the pipeline recorded the extraction: entities' first/last seen. */
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityId] }), index('article_entities_entity_idx').on(t.entityId, t.status)],
);
