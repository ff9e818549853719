import type { Sql } from '@wirelog/db';
import type { StoredEvent } from '@wirelog/event-store';
import { groupByKey } from './event-groups';

/** A table whose rows each follow from their own key's events, by a pure `evolve`. */
export interface RowFold<R> {
  keyOf(event: StoredEvent): string;
  /** The stored rows of these keys. */
  read(tx: Sql, keys: string[]): Promise<R[]>;
  keyOfRow(row: R): string;
  /** What one event does to its row (`undefined`: no row); the same row back when it changes nothing. */
  evolve(row: R | undefined, event: StoredEvent): R | undefined;
  /** Writes the rows the batch changed, in one statement. */
  write(tx: Sql, rows: R[]): Promise<void>;
}

/** Applies a batch by reading its rows once, folding each row's events over it in memory, and writing the changed rows once. */
export async function foldRows<R>(fold: RowFold<R>, events: readonly StoredEvent[], tx: Sql): Promise<void> {
  const byKey = groupByKey(events, fold.keyOf);
  const stored = new Map((await fold.read(tx, [...byKey.keys()])).map((r) => [fold.keyOfRow(r), r]));
  const changed: R[] = [];
  for (const [key, keyEvents] of byKey) {
    const before = stored.get(key);
    const after = keyEvents.reduce(fold.evolve, before);
    if (after && after !== before) changed.push(after);
  }
  if (changed.length > 0) await fold.write(tx, changed);
}
