import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sql } from '@wirelog/db';
import { describeWithPostgres, openPostgres, type TestDatabase } from '@wirelog/testing';
import { EventStore } from './event-store';
import { readAll } from './read';
import { processBatch } from './subscription';
import { testEvent } from './test-events';

/** SPEC §9: a restarted PostgreSQL ends every session, also one in the middle of a subscriber's batch. */
describeWithPostgres('subscription whose session the server ends', () => {
  let db: TestDatabase;
  beforeAll(async () => void (db = await openPostgres('session_end')({ poolSize: 3 })));
  afterAll(() => db?.close());

  it('fails that batch without crashing the process, and the next batch applies the events', async () => {
    await new EventStore(db.database).append('s-ended', [testEvent('a')]);
    // readable once every older transaction on the server has ended
    await expect.poll(() => readAll(db.database).then((events) => events.length), { timeout: 30_000 }).toBe(1);
    let calls = 0;
    const handle = async (_events: unknown[], tx: Sql) => {
      if (++calls > 1) return;
      const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await db.database.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      // the server's FATAL arrives while the transaction's connection runs no query
      await sleep(300);
      await tx.query('SELECT 1');
    };
    await expect(processBatch(db.database, { name: 'session-end', handle })).rejects.toThrow();
    expect(await processBatch(db.database, { name: 'session-end', handle })).toBe(1);
  });
});
