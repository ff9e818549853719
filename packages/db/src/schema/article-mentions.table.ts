import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Every mention of the article's current extraction, plus reviewer additions, with offsets. */
export const articleMentions = pgTable(
  'article_mentions',
  {
    articleId: text('article_id').notNull(),
    mentionId: text('mention_id').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    confidence: doublePrecision('confidence').notNull(),
    value: jsonb('value'),
    /** extractor | reviewer */
    source: text('source').notNull(),
    /** active | rejected */
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.mentionId] }), index('article_mentions_key_idx').on(t.kind, t.key)],
);
