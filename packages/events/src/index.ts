export { deterministicEventId } from './event-id';
export { storable, storableJson, storableText } from './storable-text';
export { scrubCredentials, withoutCredentials } from './without-credentials';
export { FEED_ID_PATTERN, MAX_FEED_ID_LENGTH, MAX_FEED_INTERVAL_MS } from './feed-limits';
export { feedStream, articleStream, articleIdOfStream, feedIdOfStream } from './streams';
export { eventCatalog, isEventType, type EventType, type EventData, type WirelogEvent } from './catalog';
export { upcast, validateEvent, schemaVersionOf, UnknownEventError } from './upcasters';
export type { FeedRegistered, FeedChanged, FeedRemoved, FeedPolled, FeedPollFailed } from './feed.events';
export type {
  ArticleDiscovered,
  ArticleFetched,
  ArticleFetchFailed,
  ArticleDuplicateDetected,
  EntitiesExtracted,
  MentionPayload,
} from './article.events';
export type { EntityConfirmed, EntityRejected, EntityRelabelled, EntityAdded } from './review.events';
