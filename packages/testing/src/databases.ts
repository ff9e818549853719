import { describe } from 'vitest';
import { createPgliteDatabase, createPostgresDatabase, migrate, type Database } from '@wirelog/db';
import { describeWithPostgres } from './servers';
import { freshPostgresDatabase } from './fresh-postgres';

export interface TestDatabase {
  database: Database;
  /** Connection URL (postgres only): for child processes that open their own pool. */
  url?: string;
  close(): Promise<void>;
}

export type OpenTestDatabase = (options?: { migrate?: boolean; poolSize?: number }) => Promise<TestDatabase>;

/** A migrated, empty in-memory PGlite. */
export const openPglite: OpenTestDatabase = async ({ migrate: run = true } = {}) => {
  const database = await createPgliteDatabase();
  if (run) await migrate(database);
  return { database, close: () => database.close() };
};

/** A migrated database of its own on the DATABASE_URL server, dropped on close. */
export function openPostgres(label: string): OpenTestDatabase {
  return async ({ migrate: run = true, poolSize } = {}) => {
    const fresh = await freshPostgresDatabase(label);
    const database = createPostgresDatabase(fresh.url, { max: poolSize ?? 10 });
    if (run) await migrate(database);
    return {
      database,
      url: fresh.url,
      async close() {
        await database.close();
        await fresh.drop();
      },
    };
  };
}

/**
 * Runs the same suite on both runtimes (SPEC §3): embedded PGlite always,
 * real Postgres when DATABASE_URL is set.
 */
export function describeEachDatabase(name: string, suite: (open: OpenTestDatabase, kind: 'pglite' | 'postgres') => void): void {
  describe(`${name} [pglite]`, () => suite(openPglite, 'pglite'));
  describeWithPostgres(`${name} [postgres]`, () => suite(openPostgres(name), 'postgres'));
}
