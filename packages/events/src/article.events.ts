import { z } from 'zod';

export const ArticleDiscovered = z.object({
  articleId: z.string(),
  feedId: z.string(),
  url: z.string(),
  guid: z.string().optional(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  author: z.string().optional(),
  /** The feed's own text of the item: the fallback when the page cannot be fetched. */
  summary: z.string().optional(),
  contentHtml: z.string().optional(),
  discoveredAt: z.string(),
});

export const ArticleFetched = z.object({
  articleId: z.string(),
  url: z.string(),
  title: z.string(),
  byline: z.string().optional(),
  publishedAt: z.string().optional(),
  lang: z.string().optional(),
  text: z.string(),
  textHash: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** `page`: extracted from the fetched page; `feed`: the page failed and the feed's content stands in. */
  source: z.enum(['page', 'feed']),
  fetchedAt: z.string(),
});

export const ArticleFetchFailed = z.object({
  articleId: z.string(),
  url: z.string(),
  reason: z.string(),
  httpStatus: z.number().int().optional(),
  failedAt: z.string(),
});

export const ArticleDuplicateDetected = z.object({
  articleId: z.string(),
  duplicateOf: z.string(),
  textHash: z.string(),
  detectedAt: z.string(),
});

/** Mention kinds (SPEC §6); v2 of the events that carry one added `capacity` and `quantity`. */
export const MentionKind = z.enum(['country', 'money', 'hardware', 'org', 'place', 'capacity', 'quantity']);

export const MentionPayload = z.object({
  id: z.string(),
  kind: MentionKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  key: z.string(),
  name: z.string(),
  value: z.record(z.string(), z.unknown()).optional(),
  confidence: z.number(),
  /** money, capacity, quantity and counted hardware: the one country and organisation their sentence names */
  country: z.string().optional(),
  org: z.string().optional(),
});

export const EntitiesExtracted = z.object({
  articleId: z.string(),
  extractorVersion: z.string(),
  textHash: z.string(),
  mentions: z.array(MentionPayload),
  extractedAt: z.string(),
});

export type ArticleDiscovered = z.infer<typeof ArticleDiscovered>;
export type ArticleFetched = z.infer<typeof ArticleFetched>;
export type ArticleFetchFailed = z.infer<typeof ArticleFetchFailed>;
export type ArticleDuplicateDetected = z.infer<typeof ArticleDuplicateDetected>;
export type MentionPayload = z.infer<typeof MentionPayload>;
export type EntitiesExtracted = z.infer<typeof EntitiesExtracted>;
