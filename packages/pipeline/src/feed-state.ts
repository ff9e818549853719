import { feedStream, type FeedPollFailed, type FeedPolled, type FeedRegistered } from '@wirelog/events';
import { readLastOfTypes, type StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';

export type FeedSettings = Omit<FeedRegistered, 'feedId'>;

/** A feed as its stream tells it: settings, removal, and the outcome of its last poll. */
export interface FeedState {
  feedId: string;
  version: number;
  /** Id of the latest settings event: reconciliation derives the next one's id from it. */
  settingsEventId?: string;
  settings?: FeedSettings;
  removed: boolean;
  lastPoll?: { type: 'FeedPolled'; data: FeedPolled } | { type: 'FeedPollFailed'; data: FeedPollFailed };
}

const SETTINGS = ['FeedRegistered', 'FeedChanged', 'FeedRemoved'] as const;
const OUTCOMES = ['FeedPolled', 'FeedPollFailed'] as const;

export async function loadFeedState(sql: Sql, feedId: string): Promise<FeedState> {
  const stream = feedStream(feedId);
  const [settings, outcome, version] = await Promise.all([
    readLastOfTypes(sql, [stream], SETTINGS),
    readLastOfTypes(sql, [stream], OUTCOMES),
    sql.query<{ v: number | null }>('SELECT max(stream_version) AS v FROM events WHERE stream_id = $1', [stream]),
  ]);
  const last = settings[0];
  // a poll from before the latest edit says nothing about the edited feed (new URL, no longer gone, fresh backoff)
  const poll = outcome[0] && (!last || outcome[0].streamVersion > last.streamVersion) ? (outcome[0] as StoredEvent<'FeedPolled' | 'FeedPollFailed'>) : undefined;
  return {
    feedId,
    version: version.rows[0]?.v ?? 0,
    settingsEventId: last?.eventId,
    removed: last?.type === 'FeedRemoved',
    settings: last && last.type !== 'FeedRemoved' ? withoutId(last.data as FeedRegistered) : undefined,
    lastPoll: poll ? ({ type: poll.type, data: poll.data } as FeedState['lastPoll']) : undefined,
  };
}

function withoutId({ feedId: _feedId, ...settings }: FeedRegistered): FeedSettings {
  return settings;
}

const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/**
 * When a failing feed may be polled again: after the interval doubled per
 * failure in a row (capped at a day, never disabled), and never before the
 * server's Retry-After (capped at a day too: one header must not silence a
 * feed for weeks). The scheduler ticks once per interval, so half an
 * interval of slack lets the tick that is due pass. `undefined`: now.
 */
export function nextPollAllowedAt(state: FeedState): Date | undefined {
  if (state.lastPoll?.type !== 'FeedPollFailed' || !state.settings) return undefined;
  const failure = state.lastPoll.data;
  const interval = state.settings.intervalMs;
  const failedAt = Date.parse(failure.polledAt);
  const backoff = Math.min(interval * 2 ** (failure.consecutiveFailures - 1), MAX_BACKOFF_MS);
  const retryAfter = Math.min(failure.retryAfterMs ?? 0, MAX_BACKOFF_MS);
  return new Date(Math.max(failedAt + backoff - interval / 2, failedAt + retryAfter));
}
