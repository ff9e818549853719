/**
 * What a feed's settings must respect for every service to accept them: the feeds file is
 * validated against these, so nothing `wirelog feeds validate` passes is refused later.
 */

/** Feed ids (SPEC §5). */
export const FEED_ID_PATTERN = /^[a-z0-9-]+$/;

/**
 * Ids become stream names (`feed-<id>`) and job ids: the scheduler `feed-<id>` and BullMQ's runs
 * `repeat:feed-<id>:<millis>`, which must stay within BullMQ's 256 characters; 64 leaves room.
 */
export const MAX_FEED_ID_LENGTH = 64;

/**
 * Poll and host intervals: a week. Longer ones are typos, and a timer cannot wait past 2^31 ms
 * (24.8 days: Node fires it at once instead), nor an integer past 2^53.
 */
export const MAX_FEED_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
