import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Reviewer corrections by span, so they apply again to every later
 * extraction of the same article (they survive `reextract` and rebuilds).
 */
export const entityCorrections = pgTable(
  'entity_corrections',
  {
    correctionId: text('correction_id').primaryKey(),
    articleId: text('article_id').notNull(),
    /** confirm | reject | relabel | add */
    action: text('action').notNull(),
    mentionId: text('mention_id').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    toKind: text('to_kind'),
    toKey: text('to_key'),
    toName: text('to_name'),
    actor: text('actor'),
    reason: text('reason'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull(),
    position: bigint('position', { mode: 'bigint' }).notNull(),
  },
  // the second: recent corrections across articles (GET /api/review/activity)
  (t) => [index('entity_corrections_article_idx').on(t.articleId, t.position), index('entity_corrections_position_idx').on(t.position)],
);
