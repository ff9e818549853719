import { createPgliteDatabase, createPostgresDatabase, migrate } from '@wirelog/db';
import path from 'node:path';
import { configFrom } from '../context';
import type { Command } from '../command';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'wirelog migrate',
  summary: 'apply database migrations (idempotent, safe to run concurrently)',
  async run() {
    const { config } = configFrom();
    const database = config.databaseUrl ? createPostgresDatabase(config.databaseUrl, { max: 1 }) : await createPgliteDatabase(path.join(config.dataDir, 'pgdata'));
    try {
      const { applied } = await migrate(database);
      process.stdout.write(`migrations applied: ${applied} (${database.kind})\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
