import type { Database } from '@wirelog/db';
import { LOG_START, readAllRows, readCheckpoint, readHead, saveCheckpoint, type LogCursor } from '@wirelog/event-store';
import { applyBatch, decodeOrPark } from './parked-events';
import type { Projection } from './projection';

/**
 * Rebuilds a projection from the whole log in ONE transaction: readers keep
 * seeing the old rows (DELETE, unlike TRUNCATE, blocks no reader) until the
 * new ones commit at once. The live subscriber waits on the same lock and
 * then carries on from the rebuilt checkpoint. A projection that follows
 * another is rebuilt up to where that one is, never past it.
 */
export async function rebuildProjection(database: Database, projection: Projection, options: { batchSize?: number } = {}): Promise<{ events: number }> {
  return database.transaction(async (tx) => {
    // the head first: events committed later are the live subscriber's, from this checkpoint on
    const head = await readHead(tx);
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('wirelog-subscription:' || $1, 0))", [projection.name]);
    const end = projection.follows ? earlier(head, await readCheckpoint(tx, projection.follows)) : head;
    for (const table of projection.tables) await tx.query(`DELETE FROM ${table}`);
    // what could not be applied is found again (and parked again) by the replay
    await tx.query('DELETE FROM parked_events WHERE projection = $1', [projection.name]);
    const apply = applyBatch(projection);
    let cursor = LOG_START;
    let total = 0;
    for (;;) {
      const rows = await readAllRows(tx, { after: cursor, upTo: end, limit: options.batchSize ?? 2000, types: [...projection.handles] });
      if (rows.length === 0) break;
      await apply(await decodeOrPark(projection, rows, tx), tx);
      const last = rows[rows.length - 1]!;
      cursor = { transactionId: last.transaction_id, position: last.global_position };
      total += rows.length;
    }
    await saveCheckpoint(tx, projection.name, end);
    return { events: total };
  });
}

/** The earlier of two cursors in log order (transaction id, then position). */
function earlier(a: LogCursor, b: LogCursor): LogCursor {
  const [ta, tb] = [BigInt(a.transactionId), BigInt(b.transactionId)];
  return ta < tb || (ta === tb && a.position <= b.position) ? a : b;
}
