import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Country × organisation or hardware: how many articles mention both (active mentions only). */
export const countryEntities = pgTable(
  'country_entities',
  {
    country: text('country').notNull(),
    entityId: text('entity_id').notNull(),
    /** org | hardware */
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    articleCount: integer('article_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.country, t.entityId] }), index('country_entities_top_idx').on(t.country, t.kind, t.articleCount.desc().nullsFirst(), t.entityId)],
);
