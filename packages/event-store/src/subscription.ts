import type { Database } from '@wirelog/db';
import type { Sql } from '@wirelog/db';
import { hasPassed, logHead, waitUntilPassed } from './catch-up';
import { initCheckpoint, lockCheckpoint, saveCheckpoint } from './checkpoints';
import { readAllRows, readHead } from './read';
import { cursorOfRow, decodeRows, type EventRow } from './row-mapping';
import type { LogCursor, StoredEvent } from './types';

export const EVENTS_CHANNEL = 'wirelog_events';

export interface SubscriptionOptions {
  /** The checkpoint's name in `projection_checkpoints`. */
  name: string;
  /** Applies a batch; its writes and the new checkpoint commit together. */
  handle(events: StoredEvent[], tx: Sql): Promise<void>;
  /** Only events of these types are read (and handled). */
  types?: readonly string[];
  /**
   * Reads no further than this cursor, asked in each batch's transaction: a
   * subscriber that reads another one's tables passes only what that one has.
   */
  upTo?(tx: Sql): Promise<LogCursor>;
  /** A subscriber without a checkpoint starts at the log's head instead of its start. */
  startAtHead?: boolean;
  batchSize?: number;
  /** Catch-up polling: NOTIFY is only a wake-up call, the log is the truth. */
  pollIntervalMs?: number;
  onError?(error: unknown): void;
  /**
   * Called, in the batch's transaction, for an event this release cannot read
   * (a type or schema version it does not know, or data its schema refuses);
   * the subscription then moves past it. Without it, such an event stops the
   * subscription until a release that reads it runs.
   */
  onUnreadable?(row: EventRow, error: Error, tx: Sql): Promise<void>;
}

export interface Subscription {
  /**
   * Resolves once every event appended before the call has been handled,
   * with the number of events this call applied. Rejects with
   * CatchUpTimeoutError, naming what blocks it, after `timeoutMs` (60 s).
   */
  catchUp(options?: { timeoutMs?: number }): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Processes one batch: lock, read after the checkpoint, apply, move the
 * checkpoint — all in one transaction, so a crash repeats nothing and loses
 * nothing. Returns the number of events applied (0: idle or locked elsewhere).
 */
export async function processBatch(
  database: Database,
  options: Pick<SubscriptionOptions, 'name' | 'handle' | 'batchSize' | 'types' | 'onUnreadable' | 'upTo'>,
): Promise<number> {
  return database.transaction(async (tx) => {
    const cursor = await lockCheckpoint(tx, options.name);
    if (!cursor) return 0;
    const upTo = await options.upTo?.(tx);
    const rows = await readAllRows(tx, { after: cursor, upTo, limit: options.batchSize ?? 500, types: options.types ? [...options.types] : undefined });
    if (rows.length === 0) return 0;
    const { onUnreadable } = options;
    const events = await decodeRows(rows, onUnreadable && ((row, error) => onUnreadable(row, error, tx)));
    if (events.length > 0) await options.handle(events, tx);
    await saveCheckpoint(tx, options.name, cursorOfRow(rows[rows.length - 1]!));
    return rows.length;
  });
}

/** Tails the log from the subscriber's checkpoint, woken by LISTEN/NOTIFY and by a poll timer. */
export async function subscribe(database: Database, options: SubscriptionOptions): Promise<Subscription> {
  let stopped = false;
  let running: Promise<number> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  if (options.startAtHead) await initCheckpoint(database, options.name, await readHead(database));
  const drain = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const n = await processBatch(database, options);
      total += n;
      if (n === 0 || stopped) return total;
    }
  };
  const run = (): Promise<number> => {
    if (running) {
      again = true; // a notification arrived mid-run: look once more afterwards
      return running;
    }
    running = drain()
      .catch((error: unknown) => {
        options.onError?.(error);
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          void run();
        }
      });
    return running;
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      void run().finally(schedule);
    }, options.pollIntervalMs ?? 500);
  };

  const unlisten = await database.listen(EVENTS_CHANNEL, () => void run());
  void run();
  schedule();
  return {
    async catchUp({ timeoutMs = 60_000 } = {}) {
      const target = await logHead(database);
      return waitUntilPassed({
        name: options.name,
        target,
        timeoutMs,
        sql: database,
        drain: async () => {
          await running;
          return drain();
        },
        passed: () => hasPassed(database, options.name, target, options.types),
      });
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await unlisten();
      await running;
    },
  };
}
