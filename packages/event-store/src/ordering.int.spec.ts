import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { appendInTransaction } from './append';
import { EventStore } from './event-store';
import { testEvent } from './test-events';

/**
 * The guarantee subscribers rely on: with many writers committing small
 * transactions out of position order, a subscriber sees every event exactly
 * once and each stream's versions in order.
 */
describeEachDatabase('subscription ordering under concurrent writers', (open, kind) => {
  const writers = 8;
  const total = kind === 'postgres' ? 20_000 : 2_000; // PGlite has one connection: no real concurrency to test
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open({ poolSize: writers + 4 });
  });
  afterAll(() => db.close());

  it(`delivers ${total} events from ${writers} writers exactly once, in stream order`, { timeout: 240_000 }, async () => {
    const store = new EventStore(db.database);
    const seen = new Map<string, number>();
    const lastVersion = new Map<string, number>();
    let outOfOrder = 0;
    let maxPosition = 0n;
    let disorder = 0;
    const sub = await store.subscribe({
      name: 'ordering',
      batchSize: 300,
      pollIntervalMs: 20,
      handle: async (events) => {
        for (const e of events) {
          seen.set(e.eventId, (seen.get(e.eventId) ?? 0) + 1);
          if (e.streamVersion !== (lastVersion.get(e.streamId) ?? 0) + 1) outOfOrder++;
          lastVersion.set(e.streamId, e.streamVersion);
          if (e.globalPosition < maxPosition) disorder++; // a reader keyed on position alone would have skipped it
          if (e.globalPosition > maxPosition) maxPosition = e.globalPosition;
        }
      },
    });

    const perWriter = total / writers;
    const write = async (w: number): Promise<void> => {
      for (let done = 0; done < perWriter; ) {
        const size = 1 + ((w + done) % 4);
        const batch = Array.from({ length: Math.min(size, perWriter - done) }, (_, i) => testEvent(`w${w}-${done + i}`));
        const stream = `order-${(w * 7 + done) % 50}`; // streams shared across writers
        await db.database.transaction(async (tx) => {
          await appendInTransaction(tx, [{ streamId: stream, events: batch }]);
          // hold some transactions open so later positions commit first
          if ((w + done) % 5 === 0) await tx.query('SELECT pg_sleep(0.002)');
        }).catch(async (error: unknown) => {
          // two writers took the same next version of a shared stream: try again
          if ((error as { code?: string }).code !== '23505') throw error;
          done -= batch.length;
        });
        done += batch.length;
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
    await expect.poll(() => seen.size, { timeout: 120_000, interval: 100 }).toBe(total);
    await sub.catchUp();
    await sub.stop();

    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(outOfOrder).toBe(0);
    const stored = await db.database.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
    expect(Number(stored.rows[0]!.n)).toBe(total);
    if (kind === 'postgres') expect(disorder).toBeGreaterThan(0);
  });
});
