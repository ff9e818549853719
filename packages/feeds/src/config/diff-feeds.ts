import { isDeepStrictEqual } from 'node:util';
import type { FeedConfig } from './feeds-config.types';

export interface FeedsDiff {
  added: FeedConfig[];
  /** The new settings of feeds whose id stayed but any setting changed. */
  changed: FeedConfig[];
  removed: FeedConfig[];
}

/** What the poller must register, reschedule and unschedule to go from `prev` to `next` (matched by id). */
export function diffFeeds(prev: readonly FeedConfig[], next: readonly FeedConfig[]): FeedsDiff {
  const before = new Map(prev.map((feed) => [feed.id, feed]));
  const after = new Set(next.map((feed) => feed.id));
  return {
    added: next.filter((feed) => !before.has(feed.id)),
    changed: next.filter((feed) => {
      const old = before.get(feed.id);
      return old !== undefined && !isDeepStrictEqual(old, feed);
    }),
    removed: prev.filter((feed) => !after.has(feed.id)),
  };
}
