import { integer, jsonb, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per country that at least one article mentions (reviewer
 * corrections applied): who builds what there, for how much. Money figures
 * add up mentions, not deduplicated deals (docs/read-model.md).
 */
export const countryProfiles = pgTable('country_profiles', {
  /** ISO 3166-1 alpha-2 */
  country: text('country').primaryKey(),
  name: text('name').notNull(),
  articleCount: integer('article_count').notNull(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  /** `[{ key, name, articles }]`: the 10 organisations in most of its articles */
  topOrgs: jsonb('top_orgs').notNull(),
  /** `[{ key, name, articles }]`: the 10 hardware entities in most of its articles */
  topHardware: jsonb('top_hardware').notNull(),
  /** Articles with at least one USD amount linked to the country. */
  moneyArticleCount: integer('money_article_count').notNull(),
  moneyUsdLargest: numeric('money_usd_largest'),
  moneyUsdSumOfArticleLargest: numeric('money_usd_sum_of_article_largest').notNull(),
  moneyUsdSumOfMentions: numeric('money_usd_sum_of_mentions').notNull(),
  /** Always NULL until the extractor emits capacity mentions. */
  capacityMwLargest: numeric('capacity_mw_largest'),
});
