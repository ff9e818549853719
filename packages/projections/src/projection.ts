import type { Sql } from '@wirelog/db';
import type { EventType, StoredEvent } from '@wirelog/event-store';

/**
 * Turns events into row changes of its read tables, inside the runner's
 * transaction, a batch at a time: a few statements per table and batch, not
 * per event. A batch of one is how a single event is applied (the fallback
 * that finds a poison event, and retries), so there is one implementation.
 */
export interface Projection {
  /** Its checkpoint's name in `projection_checkpoints`. */
  name: string;
  /**
   * Its code version: raise it when a change to `applyBatch` makes rows built before
   * it wrong. A projector that finds its tables built by another version
   * rebuilds them on start (without downtime, `rebuild.ts`).
   */
  version: number;
  /** The tables it owns: a rebuild empties exactly these. */
  tables: string[];
  handles: readonly EventType[];
  /**
   * The projection whose tables it reads, if any: it applies an event only
   * once that one has (live and in a rebuild), so it never reads a state
   * older than the event it applies.
   */
  follows?: string;
  /**
   * Applies these events (of the types it handles, in log order) as if one
   * by one: the rows it leaves are those applying each alone would leave.
   */
  applyBatch(events: readonly StoredEvent[], tx: Sql): Promise<void>;
}
