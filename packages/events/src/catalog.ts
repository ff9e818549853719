import type { z } from 'zod';
import * as feed from './feed.events';
import * as article from './article.events';
import * as review from './review.events';

/**
 * Every event type with its current payload schema and schema version. A
 * published shape is never edited: a new shape bumps `version` and adds an
 * upcaster in `upcasters.ts`.
 */
export const eventCatalog = {
  FeedRegistered: { schema: feed.FeedRegistered, version: 2 },
  FeedChanged: { schema: feed.FeedChanged, version: 2 },
  FeedRemoved: { schema: feed.FeedRemoved, version: 1 },
  FeedPolled: { schema: feed.FeedPolled, version: 1 },
  FeedPollFailed: { schema: feed.FeedPollFailed, version: 1 },
  ArticleDiscovered: { schema: article.ArticleDiscovered, version: 1 },
  ArticleFetched: { schema: article.ArticleFetched, version: 1 },
  ArticleFetchFailed: { schema: article.ArticleFetchFailed, version: 1 },
  ArticleDuplicateDetected: { schema: article.ArticleDuplicateDetected, version: 1 },
  EntitiesExtracted: { schema: article.EntitiesExtracted, version: 2 },
  EntityConfirmed: { schema: review.EntityConfirmed, version: 2 },
  EntityRejected: { schema: review.EntityRejected, version: 2 },
  EntityRelabelled: { schema: review.EntityRelabelled, version: 2 },
  EntityAdded: { schema: review.EntityAdded, version: 2 },
} as const;

export type EventType = keyof typeof eventCatalog;
export type EventData<T extends EventType> = z.infer<(typeof eventCatalog)[T]['schema']>;

/** A domain event before it is stored. */
export type WirelogEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventCatalog, type);
}
