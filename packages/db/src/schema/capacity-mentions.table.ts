import { boolean, index, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Power capacity mentions (`1.5 gigawatts`, `300 MW`) in megawatts, linked like money mentions. */
export const capacityMentions = pgTable(
  'capacity_mentions',
  {
    articleId: text('article_id').notNull(),
    mentionId: text('mention_id').notNull(),
    text: text('text').notNull(),
    /** MW; null for a range, which has `mw_min` and `mw_max` */
    mw: numeric('mw'),
    mwMin: numeric('mw_min'),
    mwMax: numeric('mw_max'),
    approx: boolean('approx').notNull().default(false),
    /** ISO2 of the only country the same sentence names. */
    country: text('country'),
    org: text('org'),
    /** active | rejected */
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mentionId] }), index('capacity_mentions_country_idx').on(t.country)],
);
