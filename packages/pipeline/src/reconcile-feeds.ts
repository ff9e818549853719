import { isDeepStrictEqual } from 'node:util';
import { deterministicEventId, feedIdOfStream, feedStream, withoutCredentials, type FeedRegistered } from '@wirelog/events';
import { readLastOfTypesByPrefix, type NewEvent, type StreamAppend } from '@wirelog/event-store';
import type { FeedConfig } from '@wirelog/feeds';
import type { PipelineDeps } from './pipeline-deps';
import type { FeedSettings } from './feed-state';

export interface Reconciliation {
  registered: string[];
  changed: string[];
  removed: string[];
}

const SETTINGS = ['FeedRegistered', 'FeedChanged', 'FeedRemoved'] as const;

/**
 * Brings the feed streams in line with the feeds file: FeedRegistered,
 * FeedChanged, FeedRemoved. Each event's id derives from the settings event
 * it follows, so two pollers reconciling the same edit append it once, and
 * an A → B → A edit is still three events. A URL's credentials stay out of
 * the log (only that it has some is recorded): a new password alone is no
 * event, and whoever polls reads it from the feeds file.
 */
export async function reconcileFeedEvents(deps: Pick<PipelineDeps, 'database' | 'store'>, feeds: FeedConfig[]): Promise<Reconciliation> {
  const latest = new Map(
    (await readLastOfTypesByPrefix(deps.database, 'feed-', SETTINGS)).map((e) => [feedIdOfStream(e.streamId)!, e]),
  );
  const result: Reconciliation = { registered: [], changed: [], removed: [] };
  const appends: StreamAppend[] = [];
  const push = (feedId: string, event: Omit<NewEvent, 'eventId'>, after: string | undefined) =>
    appends.push({
      streamId: feedStream(feedId),
      events: [{ ...event, eventId: deterministicEventId(event.type, feedId, after ?? 'none'), metadata: { actor: 'poller' } } as NewEvent],
    });

  for (const feed of feeds) {
    const settings = settingsOf(feed);
    const last = latest.get(feed.id);
    if (!last || last.type === 'FeedRemoved') {
      push(feed.id, { type: 'FeedRegistered', data: { feedId: feed.id, ...settings } }, last?.eventId);
      result.registered.push(feed.id);
    } else if (!sameSettings(last.data as FeedRegistered, settings)) {
      push(feed.id, { type: 'FeedChanged', data: { feedId: feed.id, ...settings } }, last.eventId);
      result.changed.push(feed.id);
    }
  }
  const wanted = new Set(feeds.map((f) => f.id));
  for (const [feedId, last] of latest) {
    if (wanted.has(feedId) || last.type === 'FeedRemoved') continue;
    push(feedId, { type: 'FeedRemoved', data: { feedId } }, last.eventId);
    result.removed.push(feedId);
  }
  if (appends.length > 0) await deps.store.appendMany(appends);
  return result;
}

function settingsOf(feed: FeedConfig): FeedSettings {
  const url = withoutCredentials(feed.url);
  return {
    url,
    credentials: url !== feed.url,
    intervalMs: feed.intervalMs,
    hostIntervalMs: feed.hostIntervalMs,
    fetchArticles: feed.fetchArticles,
    enabled: feed.enabled,
    allowPrivate: feed.allowPrivate,
    tags: [...feed.tags],
  };
}

function sameSettings(current: FeedRegistered, next: FeedSettings): boolean {
  const { feedId: _feedId, ...settings } = current;
  return isDeepStrictEqual(settings, next);
}
