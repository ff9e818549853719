import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sql } from '@wirelog/db';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { EventStore } from './event-store';
import { WrongExpectedVersionError } from './errors';
import { processBatch } from './subscription';
import { readCheckpoint } from './checkpoints';
import { testEvent } from './test-events';
import type { StoredEvent } from './types';

describeEachDatabase('event store', (open) => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await open();
    store = new EventStore(db.database);
  });
  afterAll(() => db.close());

  it('appends with expected versions and raises a typed conflict', async () => {
    expect(await store.append('s-1', [testEvent('a'), testEvent('b')], { expectedVersion: 'no-stream' })).toMatchObject({
      nextExpectedVersion: 2,
      appended: 2,
    });
    await expect(store.append('s-1', [testEvent('c')], { expectedVersion: 'no-stream' })).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(store.append('s-1', [testEvent('c')], { expectedVersion: 1 })).rejects.toMatchObject({ actual: 2, streamId: 's-1' });
    expect((await store.append('s-1', [testEvent('c')], { expectedVersion: 2 })).nextExpectedVersion).toBe(3);
    expect((await store.append('s-1', [testEvent('d')])).nextExpectedVersion).toBe(4);
    const stream = await store.readStream('s-1');
    expect(stream.map((e) => [e.streamVersion, e.data])).toEqual([
      [1, { feedId: 'a' }],
      [2, { feedId: 'b' }],
      [3, { feedId: 'c' }],
      [4, { feedId: 'd' }],
    ]);
  });

  it('treats an event id appended again as a no-op, whatever version was expected', async () => {
    const event = testEvent('once');
    await store.append('s-2', [event], { expectedVersion: 'no-stream' });
    expect(await store.append('s-2', [event], { expectedVersion: 'no-stream' })).toEqual({ nextExpectedVersion: 1, appended: 0 });
    expect(await store.append('s-2', [event, event])).toEqual({ nextExpectedVersion: 1, appended: 0 });
    expect(await store.readStream('s-2')).toHaveLength(1);
  });

  it('rejects invalid payloads before touching the log', async () => {
    await expect(store.append('s-3', [{ type: 'FeedRemoved', data: {} as never, eventId: crypto.randomUUID() }])).rejects.toThrow();
    expect(await store.readStream('s-3')).toEqual([]);
  });

  it('appends payloads and metadata holding NUL and lone surrogates, with U+FFFD in their place', async () => {
    const text = 'a\u0000b\ud800c\udc00d \ud83d\ude00';
    await store.append('article-nul', [
      {
        type: 'ArticleDiscovered',
        eventId: randomUUID(),
        data: { articleId: 'nul', feedId: 'f', url: 'https://example.test/nul', title: text, discoveredAt: '2026-01-01T00:00:00.000Z' },
        metadata: { actor: 'fetcher\u0000', correlationId: '\udfff' },
      },
    ]);
    const [stored] = await store.readStream('article-nul');
    expect(stored?.data).toMatchObject({ title: 'a\uFFFDb\uFFFDc\uFFFDd \ud83d\ude00' });
    expect(stored?.metadata).toEqual({ actor: 'fetcher\uFFFD', correlationId: '\uFFFD' });
  });

  it('keeps a literal backslash-u in text as it is', async () => {
    const title = 'C:\\u0000 and \\ud800 are just text';
    await store.append('article-backslash', [
      { type: 'ArticleDiscovered', eventId: randomUUID(), data: { articleId: 'b', feedId: 'f', url: 'https://example.test/b', title, discoveredAt: '2026-01-01T00:00:00.000Z' } },
    ]);
    expect((await store.readStream('article-backslash'))[0]?.data).toMatchObject({ title });
  });

  it('serialises concurrent appends to one stream without gaps', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.append('s-4', [testEvent(`c${i}`)])));
    const versions = (await store.readStream('s-4')).map((e) => e.streamVersion);
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('reads all events after a cursor and appends many streams at once', async () => {
    const before = await store.readAll({ limit: 10_000 });
    await store.appendMany([
      { streamId: 'm-1', events: [testEvent('x'), testEvent('y')] },
      { streamId: 'm-2', events: [testEvent('z')], expectedVersion: 'no-stream' },
    ]);
    const last = before[before.length - 1]!;
    const after = await store.readAll({ after: { transactionId: last.transactionId, position: last.globalPosition } });
    expect(after.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual(['m-1@1', 'm-1@2', 'm-2@1']);
    expect(after[0]!.globalPosition).toBeGreaterThan(last.globalPosition);
  });

  it('commits a subscriber batch and its checkpoint together, or neither', async () => {
    const seen: StoredEvent[] = [];
    const failing = processBatch(db.database, {
      name: 'rollback-test',
      handle: async (events, tx) => {
        await tx.query('CREATE TABLE IF NOT EXISTS rollback_probe (n int)');
        await tx.query('INSERT INTO rollback_probe VALUES (1)');
        throw new Error(`boom after ${events.length}`);
      },
    });
    await expect(failing).rejects.toThrow(/boom/);
    expect((await readCheckpoint(db.database, 'rollback-test')).position).toBe(0n);
    await expect(db.database.query('SELECT * FROM rollback_probe')).rejects.toThrow();

    const applied = await processBatch(db.database, { name: 'rollback-test', batchSize: 100_000, handle: async (events) => void seen.push(...events) });
    expect(applied).toBe(seen.length);
    expect((await readCheckpoint(db.database, 'rollback-test')).position).toBe(seen[seen.length - 1]!.globalPosition);
    expect(await processBatch(db.database, { name: 'rollback-test', handle: async () => undefined })).toBe(0);
  });

  it('reads no further than upTo, asked in each batch, so a follower never passes its leader', async () => {
    await processBatch(db.database, { name: 'leader', batchSize: 100_000, handle: async () => undefined });
    await processBatch(db.database, { name: 'follower', batchSize: 100_000, handle: async () => undefined });
    await store.append('u-1', [testEvent('one'), testEvent('two')]);
    const seen: string[] = [];
    const follower = { name: 'follower', upTo: (tx: Sql) => readCheckpoint(tx, 'leader'), handle: async (events: StoredEvent[]) => void seen.push(...events.map((e) => e.streamId)) };
    expect(await processBatch(db.database, follower)).toBe(0);
    await processBatch(db.database, { name: 'leader', batchSize: 1, handle: async () => undefined });
    expect(await processBatch(db.database, follower)).toBe(1);
    expect(await processBatch(db.database, follower)).toBe(0);
    await processBatch(db.database, { name: 'leader', handle: async () => undefined });
    expect(await processBatch(db.database, follower)).toBe(1);
    expect(seen).toEqual(['u-1', 'u-1']);
    expect(await readCheckpoint(db.database, 'follower')).toEqual(await readCheckpoint(db.database, 'leader'));
  });

  it('wakes a subscription on new events and stops cleanly', async () => {
    const seen: string[] = [];
    const sub = await store.subscribe({ name: 'wake-test', pollIntervalMs: 60_000, handle: async (events) => void seen.push(...events.map((e) => e.eventId)) });
    await sub.catchUp();
    const event = testEvent('wake');
    await store.append('w-1', [event]);
    await expect.poll(() => seen.includes(event.eventId), { timeout: 10_000 }).toBe(true);
    await sub.stop();
  });
});
