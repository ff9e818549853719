import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DatabaseError } from './sql';

const run = promisify(execFile);

/**
 * Creates a new PGlite data folder in a short-lived child process. PGlite's
 * initdb runs in a WebAssembly instance of its own that the process keeps
 * for a while (about 500 MB of RSS); done elsewhere, the long-lived process
 * only ever opens an existing folder (about 300 MB).
 */
export async function initPgliteDir(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)}); const db = await PGlite.create(${JSON.stringify(dataDir)}); await db.close();`;
  try {
    await run(process.execPath, ['--input-type=module', '-e', script], { timeout: 120_000 });
  } catch (error) {
    throw new DatabaseError(`could not create the embedded database in ${dataDir}: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`, {
      cause: error,
      retryable: false,
    });
  }
}
