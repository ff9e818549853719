import { readCheckpoint, type EventStore, type Subscription } from '@wirelog/event-store';
import { applyBatch, parkUnreadable } from './parked-events';
import type { Projection } from './projection';
import { rebuildOutdated } from './rebuild';

export interface RunnerOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  onError?(projection: string, error: unknown): void;
  /** A projection found built by another code version was rebuilt before it started. */
  onRebuilt?(rebuilt: { projection: string; from: number; events: number }): void;
}

export interface ProjectionRunner {
  /** Applies everything readable now, for every projection. */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/** One subscription per projection, each with its own checkpoint; first, the rebuild of any whose code version changed. */
export async function startProjections(store: EventStore, projections: Projection[], options: RunnerOptions = {}): Promise<ProjectionRunner> {
  for (const rebuilt of await rebuildOutdated(store.database, projections)) options.onRebuilt?.(rebuilt);
  const subscriptions: Subscription[] = [];
  for (const projection of projections) {
    const { follows } = projection;
    subscriptions.push(
      await store.subscribe({
        name: projection.name,
        batchSize: options.batchSize ?? 500,
        pollIntervalMs: options.pollIntervalMs ?? 1000,
        handle: applyBatch(projection),
        upTo: follows ? (tx) => readCheckpoint(tx, follows) : undefined,
        onUnreadable: parkUnreadable(projection),
        onError: (error) => options.onError?.(projection.name, error),
      }),
    );
  }
  return {
    async catchUp() {
      for (const s of subscriptions) await s.catchUp();
    },
    async stop() {
      await Promise.all(subscriptions.map((s) => s.stop()));
    },
  };
}
