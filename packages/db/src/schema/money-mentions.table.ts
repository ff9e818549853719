import { boolean, index, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const moneyMentions = pgTable(
  'money_mentions',
  {
    articleId: text('article_id').notNull(),
    mentionId: text('mention_id').notNull(),
    text: text('text').notNull(),
    currency: text('currency').notNull(),
    /** null for a range, which has `amount_min` and `amount_max` (extractor 1.2.0 on) */
    amount: numeric('amount'),
    amountMin: numeric('amount_min'),
    amountMax: numeric('amount_max'),
    approx: boolean('approx').notNull().default(false),
    amountUsd: numeric('amount_usd'),
    /** ISO2 of the only country the same sentence names. */
    country: text('country'),
    org: text('org'),
    /** active | rejected */
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mentionId] }), index('money_mentions_country_idx').on(t.country)],
);
