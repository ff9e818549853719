import type { FeedRegistered } from '@wirelog/events';
import { readLastOfTypesByPrefix, type StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import type { JobQueue } from '@wirelog/queue';

/** The events that decide a feed's schedule. */
export const SCHEDULE_EVENTS = ['FeedRegistered', 'FeedChanged', 'FeedRemoved'] as const;

/** One poll-feed scheduler per enabled feed. */
export const schedulerIdOf = (feedId: string): string => `feed-${feedId}`;

/** A feed's schedule as its latest settings event says: every `everyMs`, or none. */
export interface WantedSchedule {
  feedId: string;
  everyMs?: number;
}

export function scheduleOf(event: StoredEvent): WantedSchedule {
  const feedId = (event.data as { feedId: string }).feedId;
  if (event.type === 'FeedRemoved') return { feedId };
  const settings = event.data as FeedRegistered;
  return settings.enabled ? { feedId, everyMs: settings.intervalMs } : { feedId };
}

/** Applies schedule changes in log order (the fast path: a registered feed is polled at once). */
export async function applySchedules(queue: JobQueue, wanted: WantedSchedule[]): Promise<void> {
  for (const { feedId, everyMs } of wanted) {
    if (everyMs) await queue.upsertScheduler(schedulerIdOf(feedId), everyMs, { name: 'poll-feed', data: { feedId } }, { immediately: true });
    else await queue.removeScheduler(schedulerIdOf(feedId));
  }
}

/**
 * Makes the queue's schedulers match the log: creates those missing (lost
 * with Redis, or with an embedded process), fixes intervals, removes strays.
 * Returns how many schedulers it had to create or change.
 */
export async function syncSchedules(sql: Sql, queue: JobQueue): Promise<number> {
  const latest = await readLastOfTypesByPrefix(sql, 'feed-', SCHEDULE_EVENTS);
  const wanted = new Map(latest.map(scheduleOf).filter((s) => s.everyMs).map((s) => [schedulerIdOf(s.feedId), s]));
  const existing = new Map((await queue.listSchedulers()).map((s) => [s.id, s.everyMs]));
  const missing = [...wanted.values()].filter((s) => existing.get(schedulerIdOf(s.feedId)) !== s.everyMs);
  await applySchedules(queue, missing);
  for (const id of existing.keys()) if (!wanted.has(id)) await queue.removeScheduler(id);
  return missing.length;
}
