import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPgliteDatabase, createPostgresDatabase, migrate } from '@wirelog/db';
import { configFrom } from '../context';
import type { RunCommand } from '../command';

/** `wirelog migrate`: apply the database migrations (idempotent, safe to run concurrently). */
export const migrateCommand: RunCommand = async (args) => {
  parseArgs({ args, options: {} });
  const { config } = configFrom();
  const database = config.databaseUrl ? createPostgresDatabase(config.databaseUrl, { max: 1 }) : await createPgliteDatabase(path.join(config.dataDir, 'pgdata'));
  try {
    const { applied } = await migrate(database);
    process.stdout.write(`migrations applied: ${applied} (${database.kind})\n`);
    return 0;
  } finally {
    await database.close();
  }
};
