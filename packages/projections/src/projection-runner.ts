import { readCheckpoint, type EventStore, type Subscription } from '@wirelog/event-store';
import { applyBatch, parkUnreadable } from './parked-events';
import type { Projection } from './projection';

export interface RunnerOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  onError?(projection: string, error: unknown): void;
}

export interface ProjectionRunner {
  /** Applies everything readable now, for every projection. */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/** One subscription per projection, each with its own checkpoint. */
export async function startProjections(store: EventStore, projections: Projection[], options: RunnerOptions = {}): Promise<ProjectionRunner> {
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
