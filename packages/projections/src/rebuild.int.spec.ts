import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventStore, type NewEvent } from '@wirelog/event-store';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { articlesProjection, countriesProjection, entitiesProjection, projections } from './index';
import { startProjections } from './projection-runner';
import { rebuildProjection } from './rebuild';

const at = '2026-03-01T10:00:00.000Z';
function article(n: number): NewEvent[] {
  const articleId = `r${String(n).padStart(23, '0')}`;
  const text = `India and NVIDIA, story ${n}.`;
  return [
    { type: 'ArticleDiscovered', eventId: randomUUID(), data: { articleId, feedId: 'desk', url: `https://news.example/${articleId}`, discoveredAt: at } },
    { type: 'ArticleFetched', eventId: randomUUID(), data: { articleId, url: `https://news.example/${articleId}`, title: `Story ${n}`, text, textHash: articleId, wordCount: 4, source: 'page', fetchedAt: at } },
    {
      type: 'EntitiesExtracted',
      eventId: randomUUID(),
      data: {
        articleId,
        extractorVersion: 'v1',
        textHash: articleId,
        extractedAt: at,
        mentions: [
          { id: 'c', kind: 'country', key: 'IN', name: 'India', text: 'India', start: 0, end: 5, confidence: 0.9 },
          { id: 'o', kind: 'org', key: 'nvidia', name: 'NVIDIA', text: 'NVIDIA', start: 10, end: 16, confidence: 0.9 },
        ],
      },
    },
  ];
}

describeEachDatabase('projections rebuild beside live readers and projectors', (open) => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await open();
    store = new EventStore(db.database);
    for (let n = 0; n < 150; n++) await store.append(`article-r${n}`, article(n));
  });
  afterAll(() => db.close());

  const tables = ['article_mentions', 'article_entities', 'entities', 'money_mentions', 'entity_corrections', 'articles', 'feeds'];
  const dump = async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t] = (await db.database.query(`SELECT * FROM ${t} ORDER BY 1, 2`)).rows;
    return JSON.parse(JSON.stringify(out, (_, v) => (typeof v === 'bigint' ? v.toString() : v)));
  };

  it('never shows readers an error or an empty table, never stops the other projections, and ends with the same rows', async () => {
    const runner = await startProjections(store, [...projections], { pollIntervalMs: 50 });
    await runner.catchUp();
    const before = await dump();
    const readerErrors: unknown[] = [];
    let emptyReads = 0;
    let reads = 0;
    let rebuilding = true;
    const reader = (async () => {
      while (rebuilding) {
        try {
          const { rows } = await db.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM entities e JOIN article_entities ae USING (entity_id) WHERE e.entity_id = 'country:IN'`);
          if (rows[0]!.n === '0') emptyReads++;
          reads++;
        } catch (error) {
          readerErrors.push(error);
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    // while the entities projection rebuilds (in batches of 20 events, so in many transactions), new articles arrive
    const rebuild = rebuildProjection(db.database, entitiesProjection, { batchSize: 20 });
    const appendedDuring = [150, 151, 152];
    for (const n of appendedDuring) await store.append(`article-r${n}`, article(n));
    // the articles projection applies them before the rebuild is over: it is not held back
    let projectedDuringRebuild = false;
    const watch = (async () => {
      while (rebuilding) {
        const { rows } = await db.database.query<{ n: string }>(`SELECT count(*)::text AS n FROM articles WHERE article_id = ANY($1::text[])`, [
          appendedDuring.map((n) => `r${String(n).padStart(23, '0')}`),
        ]);
        if (rows[0]!.n === '3') projectedDuringRebuild = true;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const { events } = await rebuild;
    rebuilding = false;
    await Promise.all([reader, watch]);
    expect(events).toBe(153); // the EntitiesExtracted events, those appended during the rebuild included
    expect(readerErrors).toEqual([]);
    expect(emptyReads).toBe(0);
    expect(reads).toBeGreaterThan(0);
    expect(projectedDuringRebuild).toBe(true);

    await runner.catchUp();
    await runner.stop();
    const after = await dump();
    // the three articles appended during the rebuild are counted, and are the latest sightings
    const counted = (e: Record<string, unknown>) => ({ ...e, article_count: 153, mention_count: 153, last_seen_at: expect.any(String) });
    expect(after.entities).toEqual(before.entities.map(counted));
    // a quiet rebuild of everything gives the same rows again, and no shadow schema is left behind
    for (const projection of projections) await rebuildProjection(db.database, projection);
    expect(await dump()).toEqual(after);
    const { rows: schemas } = await db.database.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'wirelog_rebuild_%'`);
    expect(schemas).toEqual([]);
  });

  it('rebuilds a projection whose code version changed when a runner starts, once', async () => {
    const before = await dump();
    const rebuilt: unknown[] = [];
    const next = { ...articlesProjection, version: articlesProjection.version + 1 };
    const runner = await startProjections(store, [next, entitiesProjection], { onRebuilt: (r) => void rebuilt.push(r) });
    await runner.stop();
    expect(rebuilt).toEqual([{ projection: 'articles', from: articlesProjection.version, events: expect.any(Number) }]);
    expect(await dump()).toEqual(before);
    const again = await startProjections(store, [next], { onRebuilt: (r) => void rebuilt.push(r) });
    await again.stop();
    expect(rebuilt).toHaveLength(1);
    const { rows } = await db.database.query('SELECT name, version FROM projection_checkpoints ORDER BY name');
    expect(rows).toEqual([
      { name: 'articles', version: next.version },
      { name: 'countries', version: countriesProjection.version },
      { name: 'entities', version: entitiesProjection.version },
      { name: 'feeds', version: 1 },
    ]);
  });
});
