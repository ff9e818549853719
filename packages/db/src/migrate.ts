import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseError, type Database, type Sql } from './sql';

const here = path.dirname(fileURLToPath(import.meta.url));
const fromSources = path.join(here, '../migrations');
/** `packages/db/migrations` from sources; in a bundle (`npm run build`), the copy beside the code. */
export const migrationsFolder = [path.join(here, 'migrations'), fromSources].find((dir) => existsSync(path.join(dir, 'meta/_journal.json'))) ?? fromSources;
const MIGRATE_LOCK = 727_001;

/**
 * Applies drizzle-kit's generated migrations in order, each in its own
 * transaction, under an advisory lock so concurrent `wirelog migrate` runs
 * serialise; already applied ones are skipped (the same bookkeeping table as
 * drizzle's migrator, so drizzle-kit tooling keeps working).
 */
export async function migrate(database: Database): Promise<{ applied: number }> {
  const migrations = readMigrationFiles({ migrationsFolder });
  return database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await tx.query('CREATE SCHEMA IF NOT EXISTS drizzle');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)',
    );
    const done = new Set((await tx.query<{ hash: string }>('SELECT hash FROM drizzle.__drizzle_migrations')).rows.map((r) => r.hash));
    let applied = 0;
    for (const migration of migrations) {
      if (done.has(migration.hash)) continue;
      for (const statement of migration.sql) if (statement.trim()) await tx.query(statement);
      await tx.query('INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)', [migration.hash, migration.folderMillis]);
      applied++;
    }
    return { applied };
  });
}

export class SchemaOutdatedError extends DatabaseError {
  constructor(pending: number) {
    super(`database schema is ${pending} migration(s) behind this version of wirelog: run \`wirelog migrate\``, { retryable: false });
    this.name = 'SchemaOutdatedError';
  }
}

/** Services refuse to start on an old schema instead of failing later on a missing column. */
export async function assertSchemaCurrent(sql: Sql): Promise<void> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  let applied = 0;
  try {
    applied = Number((await sql.query<{ n: string }>('SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations')).rows[0]?.n ?? 0);
  } catch {
    applied = 0;
  }
  if (applied < journal.entries.length) throw new SchemaOutdatedError(journal.entries.length - applied);
}
