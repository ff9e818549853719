import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { articleSearchVector } from './article-search';

export const articles = pgTable(
  'articles',
  {
    articleId: text('article_id').primaryKey(),
    feedId: text('feed_id').notNull(),
    url: text('url').notNull(),
    title: text('title'),
    byline: text('byline'),
    lang: text('lang'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }),
    /** discovered | fetched | extracted | failed | duplicate */
    status: text('status').notNull(),
    text: text('text'),
    textHash: text('text_hash'),
    textSource: text('text_source'),
    wordCount: integer('word_count'),
    extractorVersion: text('extractor_version'),
    lastError: text('last_error'),
    duplicateOf: text('duplicate_of'),
    reviewed: boolean('reviewed').notNull().default(false),
    /** The actor of the latest reviewer event, and when it was recorded. */
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Sort key for "newest first": published date, else discovery date. */
    sortAt: timestamp('sort_at', { withTimezone: true }).notNull(),
    lastPosition: bigint('last_position', { mode: 'bigint' }).notNull(),
  },
  (t) => [
    index('articles_sort_idx').on(t.sortAt, t.articleId),
    index('articles_feed_idx').on(t.feedId),
    index('articles_text_hash_idx').on(t.textHash),
    // owed work (the reconciler's sweep): index lookups, however many articles are settled
    index('articles_owed_fetch_idx').on(t.discoveredAt).where(sql`status = 'discovered'`),
    index('articles_owed_extract_idx').on(t.fetchedAt).where(sql`status = 'fetched'`),
    index('articles_extracted_version_idx').on(t.extractorVersion).where(sql`status = 'extracted'`),
    index('articles_search_idx').using('gin', sql.raw(articleSearchVector)),
  ],
);
