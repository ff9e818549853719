import pg from 'pg';
import type { Database, QueryResult, Sql } from './sql';

const INT8_OID = 20;
/** int8 (global positions) as bigint in both drivers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => BigInt(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function wrap(client: pg.Pool | pg.PoolClient): Sql {
  return {
    async query<R>(text: string, params?: unknown[]): Promise<QueryResult<R>> {
      const result = await client.query(text, params as unknown[]);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
    },
  };
}

export function createPostgresDatabase(url: string, options: { max?: number; onError?: (error: Error) => void } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', (error) => options.onError?.(error));
  const sql = wrap(pool);
  return {
    kind: 'postgres',
    query: sql.query,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no pool listener: a session the server ends between two queries
      // (a restart) would be an unhandled 'error' that kills the process. The next query fails instead.
      const onLost = (error: Error) => options.onError?.(error);
      client.on('error', onLost);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.removeListener('error', onLost);
        // the pool drops a client whose connection is lost
        client.release();
      }
    },
    async listen(channel, onNotify) {
      return listenWithReconnect(url, channel, onNotify, options.onError);
    },
    async close() {
      await pool.end();
    },
  };
}

/** A dedicated connection for LISTEN that comes back after the server restarts. */
async function listenWithReconnect(
  url: string,
  channel: string,
  onNotify: () => void,
  onError?: (error: Error) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => message.channel === channel && onNotify());
    next.on('error', (error) => {
      onError?.(error);
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN "${channel.replace(/"/g, '')}"`);
      client = next;
      onNotify(); // notifications sent while disconnected are lost: make the subscriber look
    } catch (error) {
      await next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1000);
      throw error;
    }
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
