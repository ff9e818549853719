import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createPostgresDatabase, type Database } from '@wirelog/db';
import { withPgClient, type PrivatePostgres } from '@wirelog/testing';
import { runWirelog } from '../../support/wirelog-cli';

/** Every read table of SPEC §7 that the log decides (checkpoints are positions, not content). */
export const READ_TABLES = ['feeds', 'articles', 'article_mentions', 'article_entities', 'entities', 'money_mentions', 'entity_corrections', 'country_profiles', 'country_articles', 'country_entities'];

async function cli(args: string[], env: Record<string, string>): Promise<void> {
  const result = await runWirelog(args, env);
  if (result.code !== 0) throw new Error(`wirelog ${args.join(' ')} exited ${result.code}:\n${result.stderr}`);
}

/**
 * A fresh database on the same server holding a copy of the live `events`
 * table (COPY out, COPY in), migrated and rebuilt by `wirelog projections
 * rebuild`: what the read tables must equal.
 */
export async function cleanRebuild(server: PrivatePostgres, liveUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rebuild_${randomBytes(4).toString('hex')}`;
  await withPgClient(server.url, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = server.urlOf(name);
  await cli(['migrate'], { DATABASE_URL: url });
  await withPgClient(liveUrl, (source) =>
    withPgClient(url, (target) => pipeline(source.query(copyTo('COPY events TO STDOUT (FORMAT binary)')), target.query(copyFrom('COPY events FROM STDIN (FORMAT binary)')))),
  );
  await cli(['projections', 'rebuild'], { DATABASE_URL: url });
  return { url, drop: () => withPgClient(server.url, (admin) => admin.query(`DROP DATABASE ${name} WITH (FORCE)`)).then(() => undefined) };
}

/** Whole rows as canonical JSON text, sorted: equal tables give equal lists. */
async function rowsOf(database: Database, table: string): Promise<string[]> {
  const { rows } = await database.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
  return rows.map((r) => r.row);
}

function without(rows: string[], other: string[]): string[] {
  const left = new Map<string, number>();
  for (const row of other) left.set(row, (left.get(row) ?? 0) + 1);
  return rows.filter((row) => {
    const n = left.get(row) ?? 0;
    left.set(row, n - 1);
    return n <= 0;
  });
}

/** One line per read table whose content differs, with its first differing rows; empty when all are equal. */
export async function readTableDifferences(live: Database, rebuilt: Database): Promise<string[]> {
  const differences: string[] = [];
  for (const table of READ_TABLES) {
    const [a, b] = await Promise.all([rowsOf(live, table), rowsOf(rebuilt, table)]);
    const onlyLive = without(a, b);
    const onlyRebuilt = without(b, a);
    if (onlyLive.length === 0 && onlyRebuilt.length === 0) continue;
    differences.push(`${table}: ${a.length} rows live, ${b.length} rebuilt\n  only live: ${onlyLive.slice(0, 3).join('\n    ')}\n  only rebuilt: ${onlyRebuilt.slice(0, 3).join('\n    ')}`);
  }
  return differences;
}

/**
 * Rebuilds a copy of the log and compares every read table with it until
 * they are equal (the live projector may still be applying the last events)
 * or `timeoutMs` passes; the differences left, if any. The log must be still:
 * stop the roles that write first.
 */
export async function differencesFromCleanRebuild(server: PrivatePostgres, live: Database, liveUrl: string, timeoutMs = 30_000): Promise<string[]> {
  const rebuild = await cleanRebuild(server, liveUrl);
  const rebuilt = createPostgresDatabase(rebuild.url, { max: 2 });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const differences = await readTableDifferences(live, rebuilt);
      if (differences.length === 0 || Date.now() > deadline) return differences;
      await sleep(500);
    }
  } finally {
    await rebuilt.close();
    await rebuild.drop();
  }
}
