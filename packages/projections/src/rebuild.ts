import type { Database } from '@wirelog/db';
import { LOG_START, cursorOf, readAll, readHead, saveCheckpoint } from '@wirelog/event-store';
import { applyBatch } from './projection-runner';
import type { Projection } from './projection';

/**
 * Rebuilds a projection from the whole log in ONE transaction: readers keep
 * seeing the old rows (DELETE, unlike TRUNCATE, blocks no reader) until the
 * new ones commit at once. The live subscriber waits on the same lock and
 * then carries on from the rebuilt checkpoint.
 */
export async function rebuildProjection(database: Database, projection: Projection, options: { batchSize?: number } = {}): Promise<{ events: number }> {
  return database.transaction(async (tx) => {
    // the head first: events committed later are the live subscriber's, from this checkpoint on
    const head = await readHead(tx);
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('wirelog-subscription:' || $1, 0))", [projection.name]);
    for (const table of projection.tables) await tx.query(`DELETE FROM ${table}`);
    const apply = applyBatch(projection);
    let cursor = LOG_START;
    let total = 0;
    for (;;) {
      const events = await readAll(tx, { after: cursor, limit: options.batchSize ?? 2000, types: [...projection.handles] });
      const relevant = events.filter((e) => (e.transactionId === head.transactionId ? e.globalPosition <= head.position : BigInt(e.transactionId) < BigInt(head.transactionId)));
      if (relevant.length === 0) break;
      await apply(relevant, tx);
      cursor = cursorOf(relevant[relevant.length - 1]!);
      total += relevant.length;
    }
    await saveCheckpoint(tx, projection.name, head);
    return { events: total };
  });
}
