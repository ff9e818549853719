import type { StoredEvent } from '@wirelog/event-store';

/** The kinds of change the feed sends (SPEC §8, docs/read-model.md#change-feed); `?types=` picks among them. */
export const CHANGE_TYPES = ['article', 'entities', 'correction', 'feed'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

const ARTICLE_STATUS: Record<string, string> = {
  ArticleDiscovered: 'discovered',
  ArticleFetched: 'fetched',
  ArticleFetchFailed: 'failed',
  ArticleDuplicateDetected: 'duplicate',
};
const CORRECTION_ACTION: Record<string, string> = { EntityConfirmed: 'confirm', EntityRejected: 'reject', EntityRelabelled: 'relabel', EntityAdded: 'add' };
const FEED_EVENT: Record<string, string> = { FeedRegistered: 'registered', FeedChanged: 'changed', FeedRemoved: 'removed', FeedPolled: 'polled', FeedPollFailed: 'poll-failed' };

/** The event types behind each kind of change. */
export const EVENT_TYPES: Record<ChangeType, string[]> = {
  article: Object.keys(ARTICLE_STATUS),
  entities: ['EntitiesExtracted'],
  correction: Object.keys(CORRECTION_ACTION),
  feed: Object.keys(FEED_EVENT),
};

/** A change before its article's entities are attached (`entities` changes carry them as projected when sent). */
export interface Change {
  type: ChangeType;
  /** The event's log position: the SSE id, and where a reconnecting client resumes. */
  position: bigint;
  articleId?: string;
  data: Record<string, unknown>;
}

/** The change an event makes, as downstream apps see it: ids, statuses and who, never the event's whole payload. */
export function changeOf(event: StoredEvent): Change | undefined {
  const at = event.recordedAt.toISOString();
  const position = event.globalPosition;
  const data = event.data as Record<string, unknown>;
  if (event.type in ARTICLE_STATUS) {
    const articleId = data.articleId as string;
    return { type: 'article', position, articleId, data: { articleId, status: ARTICLE_STATUS[event.type], at } };
  }
  if (event.type === 'EntitiesExtracted') {
    const articleId = data.articleId as string;
    return { type: 'entities', position, articleId, data: { articleId, extractorVersion: data.extractorVersion, at } };
  }
  if (event.type in CORRECTION_ACTION) {
    const articleId = data.articleId as string;
    const target = event.type === 'EntityRelabelled' ? (data.to as { kind: string; key: string }) : { kind: data.kind, key: data.key };
    const actor = typeof event.metadata.actor === 'string' ? event.metadata.actor : null;
    return {
      type: 'correction',
      position,
      articleId,
      data: { articleId, action: CORRECTION_ACTION[event.type], kind: target.kind, key: target.key, actor, reason: data.reason ?? null, at },
    };
  }
  if (event.type in FEED_EVENT) return { type: 'feed', position, data: { feedId: data.feedId, event: FEED_EVENT[event.type], at } };
  return undefined;
}
