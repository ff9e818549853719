import type { Database } from '@wirelog/db';
import { LOG_START, readAllRows, readHead, saveCheckpoint } from '@wirelog/event-store';
import { applyBatch, decodeOrPark } from './parked-events';
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
    // what could not be applied is found again (and parked again) by the replay
    await tx.query('DELETE FROM parked_events WHERE projection = $1', [projection.name]);
    const apply = applyBatch(projection);
    let cursor = LOG_START;
    let total = 0;
    for (;;) {
      const rows = await readAllRows(tx, { after: cursor, limit: options.batchSize ?? 2000, types: [...projection.handles] });
      const relevant = rows.filter((r) => (r.transaction_id === head.transactionId ? r.global_position <= head.position : BigInt(r.transaction_id) < BigInt(head.transactionId)));
      if (relevant.length === 0) break;
      await apply(await decodeOrPark(projection, relevant, tx), tx);
      const last = relevant[relevant.length - 1]!;
      cursor = { transactionId: last.transaction_id, position: last.global_position };
      total += relevant.length;
    }
    await saveCheckpoint(tx, projection.name, head);
    return { events: total };
  });
}
