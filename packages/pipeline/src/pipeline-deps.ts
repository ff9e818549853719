import type { Database } from '@wirelog/db';
import type { ExtractionResult, ExtractOptions } from '@wirelog/extraction';
import type { EventStore } from '@wirelog/event-store';
import type { FeedCredentials, FetchOptions, HostLimiter } from '@wirelog/feeds';
import type { JobQueue } from '@wirelog/queue';
import type { Logger } from '@wirelog/runtime';

/** What every handler gets: built once by the role that runs it. */
export interface PipelineDeps {
  database: Database;
  store: EventStore;
  queue: JobQueue;
  hostLimiter: HostLimiter;
  logger: Logger;
  /** The feeds file's folder: the only place `file:` feeds and pages may be read from. */
  fileRoot: string;
  /** Where a feed polled with credentials gets them: the feeds file, since no event records them. */
  feedCredentials: FeedCredentials;
  /** Overrides for every HTTP fetch (timeouts, caps; tests inject DNS). */
  fetchOptions?: Partial<FetchOptions>;
  /** The longest Retry-After honoured for a host, and the longest a worker waits in place for a host's turn. */
  politeness?: { maxRetryAfterMs?: number; maxHostWaitMs?: number };
  now?: () => Date;
  /** Registers a listener for the queue's connection coming back (its data may be gone). */
  onQueueReconnect?(listener: () => void): void;
  /** The entity extractor; `@wirelog/extraction` unless a test swaps in another version. */
  extractor?: { version: string; extract(text: string, options?: ExtractOptions): ExtractionResult };
}

export const nowOf = (deps: Pick<PipelineDeps, 'now'>): Date => (deps.now ? deps.now() : new Date());
