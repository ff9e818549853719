import { randomUUID } from 'node:crypto';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventStore } from './event-store';

describeEachDatabase('event store content guard', (open) => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await open();
    store = new EventStore(db.database);
  });
  afterAll(() => db.close());

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
});
