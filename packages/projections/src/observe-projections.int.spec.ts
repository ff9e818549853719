import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres, openPostgres, type TestDatabase } from '@wirelog/testing';
import { warnWhileHorizonHeld } from './observe-projections';

describeWithPostgres('the held-horizon warning', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openPostgres('horizon_warning')();
  });
  afterAll(() => db.close());

  it('names the pid of a transaction that holds the log back past the threshold, and stays quiet otherwise', async () => {
    const warnings: { obj: Record<string, unknown>; msg?: string }[] = [];
    const logger = { warn: (obj: object, msg?: string) => void warnings.push({ obj: obj as Record<string, unknown>, msg }) };
    const stop = warnWhileHorizonHeld(db.database, logger, { thresholdSeconds: 0.2, everyMs: 50 });
    const holder = new pg.Client({ connectionString: db.url! });
    await holder.connect();
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(warnings).toEqual([]);
      await holder.query('BEGIN');
      await holder.query('SELECT pg_current_xact_id()');
      const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await expect.poll(() => warnings.length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(warnings[0]!.obj).toMatchObject({ pid: rows[0]!.pid, state: 'idle in transaction' });
      expect(warnings[0]!.msg).toMatch(new RegExp(`^the event log is held back by a transaction of pid ${rows[0]!.pid} `));
    } finally {
      stop();
      await holder.end();
    }
  });
});
