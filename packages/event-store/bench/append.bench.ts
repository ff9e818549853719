/**
 * Batched append through the event store vs raw `COPY` of the same rows into
 * the same table, alternating rounds in one run (SPEC §10: ≥ 50% of COPY).
 */
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createPostgresDatabase, migrate } from '@wirelog/db';
import { freshPostgresDatabase } from '@wirelog/testing';
import { EventStore, type StreamAppend } from '../src/index';

const EVENTS = 50_000;
const BATCH = 1_000;
const EVENTS_PER_STREAM = 5;
const ROUNDS = 3;

function payload(i: number) {
  return { articleId: `a${i}`, feedId: 'bench', url: `https://example.org/${i}`, title: `Article ${i}`, discoveredAt: new Date(0).toISOString() };
}

async function appendRound(store: EventStore): Promise<number> {
  const started = performance.now();
  for (let offset = 0; offset < EVENTS; offset += BATCH) {
    const appends: StreamAppend[] = [];
    for (let s = 0; s < BATCH / EVENTS_PER_STREAM; s++) {
      const streamId = `article-${offset}-${s}`;
      appends.push({
        streamId,
        expectedVersion: 'no-stream',
        events: Array.from({ length: EVENTS_PER_STREAM }, (_, k) => ({
          type: 'ArticleDiscovered' as const,
          data: payload(offset + s * EVENTS_PER_STREAM + k),
          eventId: randomUUID(),
        })),
      });
    }
    await store.appendMany(appends);
  }
  return EVENTS / ((performance.now() - started) / 1000);
}

async function copyRound(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  for (let offset = 0; offset < EVENTS; offset += BATCH) {
    const lines: string[] = [];
    for (let i = 0; i < BATCH; i++) {
      const n = offset + i;
      const data = JSON.stringify(payload(n)).replace(/\\/g, '\\\\');
      lines.push(`article-copy-${Math.floor(n / EVENTS_PER_STREAM)}\t${(n % EVENTS_PER_STREAM) + 1}\t${randomUUID()}\tArticleDiscovered\t1\t${data}\t{}\n`);
    }
    const copy = client.query(copyFrom('COPY events (stream_id, stream_version, event_id, type, schema_version, data, metadata) FROM STDIN'));
    await pipeline(Readable.from([lines.join('')]), copy);
  }
  const rate = EVENTS / ((performance.now() - started) / 1000);
  await client.end();
  return rate;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function run(): Promise<void> {
  // The bench needs a real server: COPY is what it is compared with.
  if (!process.env.DATABASE_URL) {
    console.log('event store append: skipped (set DATABASE_URL)');
    return;
  }
  const fresh = await freshPostgresDatabase('bench_append');
  const database = createPostgresDatabase(fresh.url, { max: 4 });
  try {
    await migrate(database);
    const store = new EventStore(database);
    const append: number[] = [];
    const copy: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await database.query('TRUNCATE events');
      append.push(await appendRound(store));
      await database.query('TRUNCATE events');
      copy.push(await copyRound(fresh.url));
    }
    const a = median(append);
    const c = median(copy);
    console.log(`${EVENTS} events per round, batches of ${BATCH}, ${ROUNDS} rounds alternating, medians:`);
    console.table({
      'event store appendMany': { 'events/s': Math.round(a) },
      'raw COPY (same table)': { 'events/s': Math.round(c) },
    });
    console.log(`append / COPY = ${((a / c) * 100).toFixed(0)}% (target ≥ 50%)`);
  } finally {
    await database.close();
    await fresh.drop();
  }
}
