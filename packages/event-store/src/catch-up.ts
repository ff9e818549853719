import { setTimeout as sleep } from 'node:timers/promises';
import type { Sql } from '@wirelog/db';
import { SUBSCRIBER_LOCK_KEY } from './checkpoints';

/** The log's last position now: what a catch-up must pass. */
export async function logHead(sql: Sql): Promise<bigint> {
  const { rows } = await sql.query<{ p: bigint | null }>('SELECT max(global_position) AS p FROM events');
  return rows[0]?.p ?? 0n;
}

/** Whether the subscriber's checkpoint has passed every event (of its types) at or below `target`. */
export async function hasPassed(sql: Sql, name: string, target: bigint, types?: readonly string[]): Promise<boolean> {
  const { rows } = await sql.query<{ behind: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM events e
       WHERE (e.transaction_id, e.global_position) > (
               COALESCE((SELECT transaction_id FROM projection_checkpoints WHERE name = $1), '0'::xid8),
               COALESCE((SELECT position FROM projection_checkpoints WHERE name = $1), 0))
         AND e.global_position <= $2 AND ($3::text[] IS NULL OR e.type = ANY($3::text[]))
     ) AS behind`,
    [name, target, types ?? null],
  );
  return rows[0]?.behind === false;
}

export interface HorizonHolder {
  pid: number;
  database: string | null;
  state: string | null;
  ageSeconds: number;
}

/**
 * The oldest open transaction with an id in this database, if any: the log's
 * readable horizon cannot pass it, so every subscriber waits for it to end.
 */
export async function horizonHolder(sql: Sql): Promise<HorizonHolder | undefined> {
  try {
    const { rows } = await sql.query<{ pid: number; datname: string | null; state: string | null; age: number }>(
      `SELECT pid, datname, state, extract(epoch FROM now() - xact_start)::float8 AS age FROM pg_stat_activity
       WHERE backend_xid IS NOT NULL AND datname = current_database() AND pid <> pg_backend_pid() ORDER BY xact_start LIMIT 1`,
    );
    const row = rows[0];
    return row ? { pid: row.pid, database: row.datname, state: row.state, ageSeconds: row.age } : undefined;
  } catch {
    return undefined; // PGlite has one connection: nothing else can hold it back
  }
}

export function describeHolder(holder: HorizonHolder): string {
  return `transaction of pid ${holder.pid} (database ${holder.database ?? '?'}, ${holder.state ?? 'unknown state'}, open ${Math.round(holder.ageSeconds)}s)`;
}

/**
 * The process holding a subscriber's lock (another replica applying its
 * batches), if any. The lock is `pg_advisory_xact_lock` on a bigint key, which
 * `pg_locks` shows as classid (high half) and objid (low half).
 */
export async function subscriberLockHolder(sql: Sql, name: string): Promise<number | undefined> {
  try {
    const { rows } = await sql.query<{ pid: number }>(
      `SELECT pid FROM pg_locks
       WHERE locktype = 'advisory' AND objsubid = 1 AND granted AND pid <> pg_backend_pid()
         AND ((classid::bigint << 32) | objid::bigint) = ${SUBSCRIBER_LOCK_KEY}
       LIMIT 1`,
      [name],
    );
    return rows[0]?.pid;
  } catch {
    return undefined; // PGlite: one connection, so no other holder
  }
}

/** Why a catch-up did not get there: an open transaction, another process's lock, or its own failures. */
export type CatchUpBlocker = { kind: 'transaction'; holder: HorizonHolder } | { kind: 'lock'; pid: number } | { kind: 'failing' };

function describeBlocker(blocker: CatchUpBlocker): string {
  if (blocker.kind === 'transaction') return `the log's readable horizon is held back by a ${describeHolder(blocker.holder)}`;
  if (blocker.kind === 'lock') return `process ${blocker.pid} holds its lock (another replica applying it, or stuck in a batch)`;
  return 'nothing blocks it: its batches keep failing (see its log)';
}

export class CatchUpTimeoutError extends Error {
  readonly retryable = true;
  constructor(
    readonly subscriber: string,
    readonly target: bigint,
    readonly timeoutMs: number,
    readonly blocker: CatchUpBlocker,
  ) {
    super(`${subscriber} has not reached log position ${target} within ${Math.round(timeoutMs / 1000)}s: ${describeBlocker(blocker)}`);
    this.name = 'CatchUpTimeoutError';
  }
}

async function blockerOf(sql: Sql, name: string): Promise<CatchUpBlocker> {
  const holder = await horizonHolder(sql);
  if (holder) return { kind: 'transaction', holder };
  const pid = await subscriberLockHolder(sql, name);
  return pid === undefined ? { kind: 'failing' } : { kind: 'lock', pid };
}

/** Polls until `passed()` is true, draining between looks; fails loudly after the timeout. */
export async function waitUntilPassed(opts: { name: string; target: bigint; timeoutMs: number; sql: Sql; drain(): Promise<number>; passed(): Promise<boolean> }): Promise<number> {
  const deadline = Date.now() + opts.timeoutMs;
  let total = 0;
  for (;;) {
    total += await opts.drain();
    if (await opts.passed()) return total;
    if (Date.now() > deadline) throw new CatchUpTimeoutError(opts.name, opts.target, opts.timeoutMs, await blockerOf(opts.sql, opts.name));
    await sleep(50);
  }
}
