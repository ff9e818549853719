import { sqlState, type Database, type Sql } from '@wirelog/db';
import { LOG_START, compareCursors, cursorOfRow, readAllRows, readCheckpoint, readHead, saveCheckpoint, waitForCheckpointLock, type LogCursor } from '@wirelog/event-store';
import { applyBatch, decodeOrPark } from './parked-events';
import type { Projection } from './projection';

/** How long the swap waits for readers to let go of the live tables before it steps back and tries again. */
const SWAP_LOCK_WAIT_MS = 250;
const SWAP_ATTEMPTS = 40;
/**
 * How long one shadow transaction may take. A writing transaction holds the
 * log's readable horizon (every live subscriber waits for it to end), so the
 * rebuild sizes its batches to this duration instead of a fixed count.
 */
const SHADOW_TRANSACTION_MS = 200;
const FIRST_BATCH = 100;

/** The next batch's size: the last one's scaled to the target duration, at most doubled or halved, within 1 and `max`. */
export function nextBatchSize(size: number, tookMs: number, max: number): number {
  const scaled = Math.round((size * SHADOW_TRANSACTION_MS) / Math.max(tookMs, 1));
  return Math.max(1, Math.min(max, size * 2, Math.max(Math.floor(size / 2), scaled)));
}

/** The shadow tables' schema: one per projection, so rebuilds of different projections do not meet. */
const shadowSchema = (projection: Projection) => `wirelog_rebuild_${projection.name.replace(/[^a-z0-9_]/g, '_')}`;

/**
 * Empty copies of the projection's tables in the shadow schema: same columns,
 * defaults and checks, and every index and primary/unique constraint under
 * its own name (names are per schema), so that after the swap nothing about
 * the table differs but its rows.
 */
async function createShadowTables(tx: Sql, projection: Projection, schema: string): Promise<void> {
  await tx.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await tx.query(`CREATE SCHEMA ${schema}`);
  for (const table of projection.tables) {
    await tx.query(`CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)`);
    const { rows: indexes } = await tx.query<{ definition: string }>(
      `SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i WHERE i.indrelid = $1::regclass ORDER BY i.indexrelid`,
      [`public.${table}`],
    );
    for (const { definition } of indexes) {
      const shadowed = definition.replace(new RegExp(` ON (ONLY )?public\\.${table} `), ` ON ${schema}.${table} `);
      if (shadowed === definition) throw new Error(`cannot shadow index: ${definition}`);
      await tx.query(shadowed);
    }
    const { rows: constraints } = await tx.query<{ name: string; kind: string; index: string }>(
      `SELECT c.conname AS name, c.contype AS kind, ci.relname AS index FROM pg_constraint c JOIN pg_class ci ON ci.oid = c.conindid
       WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u')`,
      [`public.${table}`],
    );
    for (const c of constraints) {
      await tx.query(`ALTER TABLE ${schema}.${table} ADD CONSTRAINT ${c.name} ${c.kind === 'p' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${c.index}`);
    }
  }
}

/** How far a rebuild may go now: the head given, and never past the projection it follows. */
async function limitOf(tx: Sql, projection: Projection, head: LogCursor | undefined): Promise<LogCursor | undefined> {
  if (!projection.follows) return head;
  const leader = await readCheckpoint(tx, projection.follows);
  return head && compareCursors(head, leader) <= 0 ? head : leader;
}

/**
 * Applies up to `batchSize` events after `cursor`, and none after `upTo`, into
 * the shadow tables: the search path puts them first, every other table, the
 * log included, is the live one. Reads before it writes, so its own
 * transaction holds no horizon back.
 */
async function applyToShadow(
  tx: Sql,
  projection: Projection,
  schema: string,
  cursor: LogCursor,
  batchSize: number,
  upTo: LogCursor | undefined,
): Promise<{ cursor: LogCursor; events: number; more: boolean }> {
  await tx.query(`SET LOCAL search_path = ${schema}, public`);
  const rows = await readAllRows(tx, { after: cursor, upTo, limit: batchSize, types: [...projection.handles] });
  if (rows.length === 0) return { cursor, events: 0, more: false };
  await applyBatch(projection)(await decodeOrPark(projection, rows, tx), tx);
  return { cursor: cursorOfRow(rows[rows.length - 1]!), events: rows.length, more: rows.length === batchSize };
}

/**
 * Rebuilds a projection from the whole log without downtime: its tables are
 * built again as shadow copies in short transactions while the live ones keep
 * serving readers and the live projector keeps applying new events to them;
 * then, in one short transaction under the projection's lock, the shadow
 * catches up to the head and replaces the live tables (drop and move: readers
 * wait for that commit, then see the new rows; never an error or an empty
 * table). No transaction stays open for long, so other subscribers never wait.
 * A projection that follows another is rebuilt up to where that one is, never
 * past it.
 */
export async function rebuildProjection(
  database: Database,
  projection: Projection,
  /** `batchSize`: the most events one shadow transaction applies (its duration decides below that). */
  options: { batchSize?: number } = {},
): Promise<{ events: number }> {
  const batchSize = options.batchSize ?? 2000;
  let size = Math.min(FIRST_BATCH, batchSize);
  const schema = shadowSchema(projection);
  await database.transaction(async (tx) => {
    await createShadowTables(tx, projection, schema);
    // what could not be applied is found again (and parked again) by the replay
    await tx.query('DELETE FROM parked_events WHERE projection = $1', [projection.name]);
  });
  let cursor = LOG_START;
  let total = 0;
  try {
    for (let batches = 1, more = true; more; batches++) {
      const started = performance.now();
      const step = await database.transaction(async (tx) => applyToShadow(tx, projection, schema, cursor, size, await limitOf(tx, projection, undefined)));
      size = nextBatchSize(size, performance.now() - started, batchSize);
      ({ cursor, more } = step);
      total += step.events;
      // new tables have no statistics, and the planner would take them for empty: analysed as they double
      if ((batches & (batches - 1)) === 0) for (const table of projection.tables) await database.query(`ANALYZE ${schema}.${table}`);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        total += await database.transaction(async (tx) => {
          // the live projector finishes its batch and waits; the head is read before this transaction writes
          await waitForCheckpointLock(tx, projection.name);
          const end = (await limitOf(tx, projection, await readHead(tx)))!;
          let tail = cursor;
          let tailEvents = 0;
          for (let more = true; more; ) {
            const step = await applyToShadow(tx, projection, schema, tail, batchSize, end);
            ({ cursor: tail, more } = step);
            tailEvents += step.events;
          }
          // all the tables at once, or none: a reader holding one of them while it waits for another
          // would otherwise deadlock with the swap; after a short wait this transaction steps back instead
          await tx.query(`SET LOCAL lock_timeout = '${SWAP_LOCK_WAIT_MS}ms'`);
          await tx.query(`LOCK TABLE ${projection.tables.map((t) => `public.${t}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
          await tx.query('SET LOCAL search_path = public');
          for (const table of projection.tables) {
            await tx.query(`DROP TABLE public.${table}`);
            await tx.query(`ALTER TABLE ${schema}.${table} SET SCHEMA public`);
          }
          await saveCheckpoint(tx, projection.name, end);
          await tx.query('UPDATE projection_checkpoints SET version = $2 WHERE name = $1', [projection.name, projection.version]);
          await tx.query(`DROP SCHEMA ${schema}`);
          return tailEvents;
        });
        break;
      } catch (error) {
        if (sqlState(error) !== '55P03' || attempt >= SWAP_ATTEMPTS) throw error;
        await new Promise((r) => setTimeout(r, 20 * attempt));
      }
    }
  } catch (error) {
    await database.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    throw error;
  }
  return { events: total };
}

/**
 * On start: a projection whose tables were built by another code version is
 * rebuilt (as `rebuildProjection`, so readers keep the old rows until the
 * swap); one without a recorded version (new, or built before versions were
 * recorded) is taken as current. Returns what it rebuilt.
 */
export async function rebuildOutdated(database: Database, chosen: readonly Projection[]): Promise<{ projection: string; from: number; events: number }[]> {
  const rebuilt = [];
  for (const projection of chosen) {
    const { rows } = await database.query<{ version: number }>(
      `INSERT INTO projection_checkpoints (name, version) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET version = COALESCE(projection_checkpoints.version, excluded.version)
       RETURNING version`,
      [projection.name, projection.version],
    );
    const from = rows[0]!.version;
    if (from === projection.version) continue;
    const { events } = await rebuildProjection(database, projection);
    rebuilt.push({ projection: projection.name, from, events });
  }
  return rebuilt;
}
