import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { lockDataDir } from './data-dir-lock';
import { initPgliteDir } from './init-pglite-dir';
import { PGlite, types as pgliteTypes, type Transaction } from '@electric-sql/pglite';
import type { Database, QueryResult, Sql } from './sql';

function wrap(client: PGlite | Transaction): Sql {
  return {
    async query<R>(text: string, params?: unknown[]): Promise<QueryResult<R>> {
      const result = await client.query<R>(text, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/**
 * PGlite's buffer pool lives in its WebAssembly memory, which only grows:
 * PostgreSQL's default 128 MB of shared buffers cost that much resident
 * memory once touched. 32 MB keeps an embedded process near 300 MB at no
 * measured cost in ingest speed (the OS caches the files beneath).
 */
const SETTINGS = ['-c', 'shared_buffers=32MB'];

/**
 * Embedded Postgres (WASM) in `dataDir`, or in memory when `dataDir` is
 * undefined. One connection: PGlite serialises queries and transactions.
 */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(path.dirname(path.resolve(dataDir))) : () => undefined;
  let pglite: PGlite;
  try {
    if (dataDir) await initPgliteDir(dataDir);
    pglite = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...SETTINGS], parsers: { [pgliteTypes.INT8]: (value: string) => BigInt(value) } });
  } catch (error) {
    unlock();
    throw error;
  }
  const sql = wrap(pglite);
  return {
    kind: 'pglite',
    query: sql.query,
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    async listen(channel, onNotify) {
      return pglite.listen(channel, () => onNotify());
    },
    async close() {
      await pglite.close();
      unlock();
    },
  };
}
