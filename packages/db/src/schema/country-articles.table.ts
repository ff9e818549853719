import { sql } from 'drizzle-orm';
import { index, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Country × article, for every active country mention: what the article
 * adds to the country's profile, so that a change of one article moves the
 * profile by the difference instead of a recount.
 */
export const countryArticles = pgTable(
  'country_articles',
  {
    country: text('country').notNull(),
    articleId: text('article_id').notNull(),
    /** `article_entities.seen_at` of the country in this article */
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
    /** The largest USD amount of the article's active money mentions linked to the country, and which mention. */
    moneyUsdLargest: numeric('money_usd_largest'),
    moneyMentionId: text('money_mention_id'),
    /** The USD sum of those mentions (0 when none). */
    moneyUsdSum: numeric('money_usd_sum').notNull(),
    /** The largest power capacity (MW) of the article's active capacity mentions linked to the country. */
    capacityMwLargest: numeric('capacity_mw_largest'),
    /** The article's active organisation and hardware entity ids, as counted in `country_entities`. */
    coEntityIds: text('co_entity_ids').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.country, t.articleId] }),
    index('country_articles_article_idx').on(t.articleId),
    index('country_articles_seen_idx').on(t.country, t.seenAt),
    index('country_articles_money_idx').on(t.country, t.moneyUsdLargest.desc().nullsFirst(), t.articleId).where(sql`money_usd_largest IS NOT NULL`),
    index('country_articles_capacity_idx').on(t.country, t.capacityMwLargest.desc().nullsFirst()).where(sql`capacity_mw_largest IS NOT NULL`),
  ],
);
