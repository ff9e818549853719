/**
 * Change feed latency (SPEC §8, target p95 < 1 s from projection commit to
 * client): a client on `GET /api/changes` over loopback HTTP while articles are
 * appended one at a time with the projector running in the same process.
 * Measured from the append call to the message's arrival, so the append and
 * the projection are included: an upper bound of the target's measure.
 * Beside it, the same appends observed by a client polling the articles table
 * every 100 ms, the alternative a downstream app would otherwise use.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPgliteDatabase, createPostgresDatabase, migrate, type Database } from '@wirelog/db';
import { deterministicEventId } from '@wirelog/events';
import { EventStore } from '@wirelog/event-store';
import { projections, startProjections } from '@wirelog/projections';
import { freshPostgresDatabase } from '@wirelog/testing';
import { createAccess, startApiServer } from '../src/index';

const ARTICLES = 200;
const GAP_MS = 20;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function measure(database: Database): Promise<{ feed: number[]; polling: number[] }> {
  await migrate(database);
  const store = new EventStore(database);
  const silent = { error: (obj: object) => console.error(obj) };
  const runner = await startProjections(store, [...projections], { pollIntervalMs: 1_000 });
  const access = createAccess({ tokensFile: path.join(mkdtempSync(path.join(tmpdir(), 'wirelog-bench-')), 'tokens.json'), reads: 'open', logger: silent });
  const server = await startApiServer({ database, store, access, logger: silent }, { host: '127.0.0.1', port: 0 });
  const appended = new Map<string, number>();
  const feed: number[] = [];
  const polling: number[] = [];
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${server.port}/api/changes?types=article`, { signal: controller.signal });
  const reading = (async () => {
    let buffer = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (const match of buffer.matchAll(/data: (\{[^\n]*\})\n/g)) {
        const at = appended.get((JSON.parse(match[1]!) as { articleId: string }).articleId);
        if (at !== undefined) feed.push(performance.now() - at);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
  })().catch(() => undefined);
  const seen = new Set<string>();
  const poller = setInterval(() => {
    void database.query<{ article_id: string }>('SELECT article_id FROM articles ORDER BY discovered_at DESC LIMIT 50').then(({ rows }) => {
      for (const { article_id: id } of rows) {
        const at = appended.get(id);
        if (at !== undefined && !seen.has(id)) {
          seen.add(id);
          polling.push(performance.now() - at);
        }
      }
    });
  }, 100);
  for (let i = 0; i < ARTICLES; i++) {
    const id = `c${i.toString(16).padStart(23, '0')}`;
    // from the append call: a message can arrive before the append's own promise settles
    appended.set(id, performance.now());
    await store.append(`article-${id}`, [
      { type: 'ArticleDiscovered', eventId: deterministicEventId(id, 'bench'), data: { articleId: id, feedId: 'f', url: `https://news.example/${id}`, discoveredAt: new Date().toISOString() } },
    ]);
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
  const deadline = Date.now() + 30_000;
  while ((feed.length < ARTICLES || polling.length < ARTICLES) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  clearInterval(poller);
  controller.abort();
  await reading;
  await server.close();
  await runner.stop();
  return { feed, polling };
}

export default async function run(): Promise<void> {
  const runtimes: [string, () => Promise<{ database: Database; done: () => Promise<void> }>][] = [
    [
      'pglite',
      async () => {
        const database = await createPgliteDatabase();
        return { database, done: () => database.close() };
      },
    ],
  ];
  if (process.env.DATABASE_URL) {
    runtimes.push([
      'postgres',
      async () => {
        const fresh = await freshPostgresDatabase('bench_changes');
        const database = createPostgresDatabase(fresh.url, { max: 4 });
        return { database, done: async () => (await database.close(), await fresh.drop()) };
      },
    ]);
  } else console.log('change feed on postgres: skipped (set DATABASE_URL)');
  console.log(`${ARTICLES} articles appended ${GAP_MS} ms apart; latency from the append call to the client, ms`);
  console.log('runtime   | client                    | received | p50   | p95   | max');
  for (const [name, open] of runtimes) {
    const { database, done } = await open();
    try {
      const { feed, polling } = await measure(database);
      for (const [client, values] of [['GET /api/changes (SSE)', feed], ['polling articles / 100 ms', polling]] as const) {
        const row = [name.padEnd(9), client.padEnd(25), String(values.length).padStart(8), ...[50, 95, 100].map((p) => percentile(values, p).toFixed(0).padStart(5))];
        console.log(row.join(' | '));
      }
    } finally {
      await done();
    }
  }
}
