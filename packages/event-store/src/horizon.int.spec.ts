import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres, freshPostgresDatabase, openPostgres, type FreshDatabase, type TestDatabase } from '@wirelog/testing';
import { CatchUpTimeoutError } from './catch-up';
import { EventStore } from './event-store';
import { testEvent } from './test-events';

/** A session that holds an open transaction with an id (it has written), like an idle-in-transaction client. */
async function openWritingTransaction(url: string): Promise<{ pid: number; end(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('CREATE TEMP TABLE holder (n int)');
  await client.query('INSERT INTO holder VALUES (1)');
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return {
    pid: rows[0]!.pid,
    async end() {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

describeWithPostgres("the log's readable horizon", () => {
  let db: TestDatabase;
  let other: FreshDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await openPostgres('horizon')();
    other = await freshPostgresDatabase('horizon_other');
    store = new EventStore(db.database);
  });
  afterAll(async () => {
    await db.close();
    await other.drop();
  });

  it('is not held back by a transaction open in another database of the same server', async () => {
    const holder = await openWritingTransaction(other.url);
    try {
      await store.append('s-1', [testEvent('after the other database opened a transaction')]);
      const seen: string[] = [];
      const sub = await store.subscribe({ name: 'horizon-other-db', pollIntervalMs: 60_000, handle: async (events) => void seen.push(...events.map((e) => e.streamId)) });
      await sub.catchUp({ timeoutMs: 5_000 });
      expect(seen).toContain('s-1');
      await sub.stop();
    } finally {
      await holder.end();
    }
  });

  it('is held back by a transaction open in this database, and catch-up says which one instead of claiming success', async () => {
    const holder = await openWritingTransaction(db.url!);
    try {
      await store.append('s-2', [testEvent('behind an open transaction')]);
      const seen: string[] = [];
      const sub = await store.subscribe({ name: 'horizon-same-db', pollIntervalMs: 60_000, handle: async (events) => void seen.push(...events.map((e) => e.streamId)) });
      const caught = await sub.catchUp({ timeoutMs: 1_000 }).catch((error: unknown) => error);
      expect(caught).toBeInstanceOf(CatchUpTimeoutError);
      expect((caught as Error).message).toMatch(new RegExp(`held back by a transaction of pid ${holder.pid} \\(database wl_horizon_`));
      expect(seen).not.toContain('s-2');
      await holder.end();
      // once it ends, the subscriber gets there
      await sub.catchUp({ timeoutMs: 5_000 });
      expect(seen).toContain('s-2');
      await sub.stop();
    } finally {
      await holder.end().catch(() => undefined);
    }
  });

  it('says which process holds the subscriber\'s lock when another replica is applying its batch', async () => {
    await store.append('s-3', [testEvent('while another replica holds the lock')]);
    const replica = new pg.Client({ connectionString: db.url! });
    await replica.connect();
    try {
      await replica.query('BEGIN');
      await replica.query("SELECT pg_advisory_xact_lock(hashtextextended('wirelog-subscription:' || $1, 0))", ['horizon-locked']);
      const { rows } = await replica.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const sub = await store.subscribe({ name: 'horizon-locked', pollIntervalMs: 60_000, handle: async () => undefined });
      const caught = await sub.catchUp({ timeoutMs: 1_000 }).catch((error: unknown) => error);
      expect((caught as Error).message).toMatch(new RegExp(`: process ${rows[0]!.pid} holds its lock \\(another replica applying it, or stuck in a batch\\)$`));
      await replica.query('ROLLBACK');
      await sub.catchUp({ timeoutMs: 5_000 });
      await sub.stop();
    } finally {
      await replica.end();
    }
  });
});
