import { randomBytes } from 'node:crypto';
import { withPgClient } from './pg-client';
import { postgresUrl } from './servers';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the DATABASE_URL server; each int test file uses its own. */
export async function freshPostgresDatabase(label = 'test'): Promise<FreshDatabase> {
  if (!postgresUrl) throw new Error('DATABASE_URL is not set');
  const name = `wl_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const server = postgresUrl;
  await withPgClient(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withPgClient(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
