import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventStore, type StoredEvent } from '@wirelog/event-store';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { projections } from './index';
import { retryParked } from './parked-events';
import { startProjections } from './projection-runner';
import type { Projection } from './projection';
import { rebuildProjection } from './rebuild';
import { projectionStatus } from './status';

const discovered = (title: string) => {
  const articleId = randomUUID().replaceAll('-', '').slice(0, 24);
  const at = '2026-03-01T10:00:00.000Z';
  return { type: 'ArticleDiscovered' as const, eventId: randomUUID(), data: { articleId, feedId: 'f', url: `https://news.example/${articleId}`, title, publishedAt: at, discoveredAt: at } };
};

describeEachDatabase('poison events: parked, passed over, retried', (open) => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await open();
    store = new EventStore(db.database);
    await db.database.query('CREATE TABLE probe (title text PRIMARY KEY)');
  });
  afterAll(() => db.close());

  // a projection with a bug that some events trip: its code throws on one, PostgreSQL refuses its row for another
  let fixed = false;
  let transientFailures = 0;
  const probe: Projection = {
    name: 'probe',
    version: 1,
    tables: ['probe'],
    handles: ['ArticleDiscovered'],
    async applyBatch(events: readonly StoredEvent[], tx) {
      for (const event of events) {
        if (event.type !== 'ArticleDiscovered') continue;
        const { title } = event.data;
        if (title === 'transient' && transientFailures-- > 0) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
        if (!fixed && title === 'throws') throw new TypeError("Cannot read properties of undefined (reading 'name')");
        await tx.query(fixed || title !== 'refused' ? 'INSERT INTO probe VALUES ($1)' : 'INSERT INTO probe VALUES ($1::int::text)', [title]);
      }
    },
  };
  const titles = async () => (await db.database.query<{ title: string }>('SELECT title FROM probe ORDER BY title')).rows.map((r) => r.title);
  const parked = async () =>
    (await db.database.query<{ projection: string; type: string; error: string; attempts: number }>('SELECT projection, type, error, attempts FROM parked_events ORDER BY global_position, projection')).rows;

  it('parks the events a projection cannot apply, applies the rest of the batch, and applies them on retry after a fix', async () => {
    const events = ['one', 'throws', 'two', 'refused', 'three'].map(discovered);
    for (const e of events) await store.append(`article-${e.data.articleId}`, [e]);
    const runner = await startProjections(store, [probe], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
    expect(await titles()).toEqual(['one', 'three', 'two']);
    expect(await parked()).toEqual([
      { projection: 'probe', type: 'ArticleDiscovered', error: "TypeError: Cannot read properties of undefined (reading 'name')", attempts: 1 },
      { projection: 'probe', type: 'ArticleDiscovered', error: expect.stringMatching(/invalid input syntax for type integer: "refused"/), attempts: 1 },
    ]);
    expect((await projectionStatus(db.database, ['probe']))[0]).toMatchObject({ lagEvents: 0, parkedEvents: 2 });

    // retried before the fix: still parked, one more attempt each
    expect(await retryParked(db.database, [probe])).toEqual([{ projection: 'probe', applied: 0, stillParked: 2 }]);
    expect((await parked()).map((p) => p.attempts)).toEqual([2, 2]);
    fixed = true;
    expect(await retryParked(db.database, [probe])).toEqual([{ projection: 'probe', applied: 2, stillParked: 0 }]);
    expect(await titles()).toEqual(['one', 'refused', 'three', 'throws', 'two']);
    expect(await parked()).toEqual([]);
  });

  it('parks nothing for an error that is not the event\'s fault: the batch is retried until it applies', async () => {
    fixed = true;
    transientFailures = 2;
    await store.append('article-transient', [discovered('transient')]);
    const runner = await startProjections(store, [probe], { pollIntervalMs: 20 });
    try {
      await expect.poll(titles, { timeout: 10_000 }).toContain('transient');
    } finally {
      await runner.stop();
    }
    expect(transientFailures).toBe(-1);
    expect(await parked()).toEqual([]);
  });

  it("never stops on an event this release cannot read: a newer version of a handled type is parked, a new type passed over", async () => {
    const before = discovered('before');
    await store.append(`article-${before.data.articleId}`, [before]);
    const newer = discovered('newer');
    await db.database.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata) VALUES
       ($1, 1, $2, 'ArticleDiscovered', 99, $3, '{}'), ('article-future', 1, $4, 'ArticleSummarised', 1, '{"summary":"…"}', '{}')`,
      [`article-${newer.data.articleId}`, randomUUID(), JSON.stringify(newer.data), randomUUID()],
    );
    const after = discovered('after');
    await store.append(`article-${after.data.articleId}`, [after]);

    const runner = await startProjections(store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
    const articles = await db.database.query<{ title: string }>('SELECT title FROM articles ORDER BY title');
    expect(articles.rows.map((r) => r.title)).toEqual(expect.arrayContaining(['after', 'before']));
    expect(articles.rows.map((r) => r.title)).not.toContain('newer');
    // every projection that handles the type parks it (feeds counts discovered articles too)
    const unreadable = { type: 'ArticleDiscovered', error: 'UnknownEventError: unknown event ArticleDiscovered v99', attempts: 1 };
    expect(await parked()).toEqual([{ projection: 'articles', ...unreadable }, { projection: 'feeds', ...unreadable }]);
    const status = await projectionStatus(db.database, projections.map((p) => p.name));
    expect(status.map((s) => [s.name, s.lagEvents, s.parkedEvents])).toEqual([
      ['articles', 0, 1],
      ['countries', 0, 0],
      ['entities', 0, 0],
      ['feeds', 0, 1],
    ]);

    // a rebuild meets the same event again: parked once, not twice
    const rows = async () => (await db.database.query('SELECT * FROM articles ORDER BY article_id')).rows;
    const table = await rows();
    await rebuildProjection(db.database, projections.find((p) => p.name === 'articles')!);
    expect(await rows()).toEqual(table);
    expect(await parked()).toHaveLength(2);
  });

  it("parks only the event PostgreSQL refuses out of a real projection's set-based batch, and applies the rest of it", async () => {
    const events = ['good one', 'bad date', 'good two'].map(discovered);
    events[1]!.data.publishedAt = 'not a date';
    for (const e of events) await store.append(`article-${e.data.articleId}`, [e]);
    const runner = await startProjections(store, [...projections], { pollIntervalMs: 60_000 });
    await runner.catchUp();
    await runner.stop();
    const ids = events.map((e) => e.data.articleId);
    const stored = await db.database.query<{ title: string }>('SELECT title FROM articles WHERE article_id = ANY($1::text[]) ORDER BY title', [ids]);
    expect(stored.rows.map((r) => r.title)).toEqual(['good one', 'good two']);
    const parkedNow = await db.database.query('SELECT projection, error FROM parked_events WHERE event_id = $1', [events[1]!.eventId]);
    expect(parkedNow.rows).toEqual([{ projection: 'articles', error: expect.stringMatching(/invalid input syntax for type timestamp with time zone: "not a date"/) }]);
  });
});
