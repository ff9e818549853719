/**
 * `wirelog projections rebuild` of every projection from a generated log of
 * `WIRELOG_BENCH_EVENTS` events (default 500,000; SPEC §10: ≥ 20,000
 * events/s), beside raw `COPY` of the rows it produced into empty tables of
 * the same definition (indexes included), in the same run.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createPostgresDatabase, migrate } from '@wirelog/db';
import { freshPostgresDatabase } from '@wirelog/testing';
import { projections, rebuildProjection } from '../src/index';
import { copyLine, generateLog } from './generated-log';

const EVENTS = Number(process.env.WIRELOG_BENCH_EVENTS ?? 500_000);
const COPY_CHUNK = 20_000;

const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Writes the generated log into `events` with COPY, in chunks (each its own transaction, as appends are). */
async function writeLog(client: pg.Client): Promise<{ events: number; articles: number }> {
  const versions = new Map<string, number>();
  const clock = Date.parse('2026-01-01T00:00:00Z');
  let lines: string[] = [];
  let events = 0;
  let articles = 0;
  const flush = async () => {
    const copy = client.query(copyFrom('COPY events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at) FROM STDIN'));
    await pipeline(Readable.from([lines.join('')]), copy);
    lines = [];
  };
  for (const logged of generateLog(EVENTS)) {
    const version = (versions.get(logged.stream) ?? 0) + 1;
    versions.set(logged.stream, version);
    lines.push(copyLine(logged, version, randomUUID(), new Date(clock + events * 1500).toISOString()));
    events += 1;
    if (logged.event.type === 'ArticleDiscovered') articles += 1;
    if (lines.length === COPY_CHUNK) await flush();
  }
  if (lines.length > 0) await flush();
  return { events, articles };
}

/** Every row of these tables, as COPY text in one file each. */
async function dumpRows(client: pg.Client, tables: string[], dir: string): Promise<Map<string, { rows: number; bytes: number; copyMs?: number }>> {
  const sizes = new Map<string, { rows: number; bytes: number; copyMs?: number }>();
  for (const table of tables) {
    const file = path.join(dir, `${table}.copy`);
    await pipeline(client.query(copyTo(`COPY public.${table} TO STDOUT`)), createWriteStream(file));
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM public.${table}`);
    sizes.set(table, { rows: Number(rows[0]!.n), bytes: statSync(file).size });
  }
  return sizes;
}

export default async function run(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.log('projections rebuild: skipped (set DATABASE_URL)');
    return;
  }
  const fresh = await freshPostgresDatabase('bench_rebuild');
  const database = createPostgresDatabase(fresh.url, { max: 4 });
  const client = new pg.Client({ connectionString: fresh.url });
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-bench-rebuild-'));
  try {
    await migrate(database);
    await client.connect();
    let started = performance.now();
    const log = await writeLog(client);
    await client.query('VACUUM ANALYZE events');
    const logBytes = Number((await client.query<{ n: string }>(`SELECT pg_total_relation_size('events')::text AS n`)).rows[0]!.n);
    console.log(`${log.events} events (${log.articles} articles, ${mb(logBytes)} MB with indexes) generated and copied into events in ${seconds(performance.now() - started)} s`);

    // the CLI's `projections rebuild`: every projection in turn, shadow tables then swap
    const rebuilt: Record<string, Record<string, number>> = {};
    let rebuildMs = 0;
    for (const projection of projections) {
      started = performance.now();
      const { events } = await rebuildProjection(database, projection);
      const ms = performance.now() - started;
      rebuildMs += ms;
      rebuilt[projection.name] = { 'events read': events, s: seconds(ms), 'events read/s': Math.round(events / (ms / 1000)) };
    }

    // raw COPY of the same rows into empty tables of the same definition
    const tables = projections.flatMap((p) => p.tables);
    const sizes = await dumpRows(client, tables, dir);
    await client.query('CREATE SCHEMA bench_copy');
    for (const table of tables) await client.query(`CREATE TABLE bench_copy.${table} (LIKE public.${table} INCLUDING ALL)`);
    let copyMs = 0;
    for (const table of tables) {
      started = performance.now();
      await pipeline(createReadStream(path.join(dir, `${table}.copy`)), client.query(copyFrom(`COPY bench_copy.${table} FROM STDIN`)));
      const ms = performance.now() - started;
      sizes.get(table)!.copyMs = ms;
      copyMs += ms;
    }

    console.log('rebuild of each projection (shadow tables, then swap):');
    console.table(rebuilt);
    // the articles table's full-text index (articles_search_idx) costs both sides the most: COPY's time per table shows it
    console.log('rows it produced, and raw COPY of them into empty tables of the same definition:');
    console.table(Object.fromEntries([...sizes].map(([table, s]) => [table, { rows: s.rows, 'COPY MB': mb(s.bytes), 'COPY s': seconds(s.copyMs!) }])));
    const rate = (ms: number) => Math.round(log.events / (ms / 1000));
    console.table({
      'projections rebuild (all)': { s: seconds(rebuildMs), 'log events/s': rate(rebuildMs) },
      'raw COPY of its rows (same tables)': { s: seconds(copyMs), 'log events/s': rate(copyMs) },
    });
    console.log(`rebuild ${rate(rebuildMs)} events/s (target ≥ 20,000), ${(copyMs / rebuildMs * 100).toFixed(0)}% of COPY's speed`);
  } finally {
    await client.end();
    await database.close();
    await fresh.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
