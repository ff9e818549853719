import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, name)).find(executable);
}

/** Debian keeps initdb and pg_ctl off PATH, in /usr/lib/postgresql/<major>/bin: take the newest major. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  let majors: string[] = [];
  try {
    majors = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  } catch {
    // not Debian-style: fall back to PATH
  }
  const dirs = [...majors.map((major) => path.join(root, major, 'bin')), ...[onPath('initdb')].filter((f) => f !== undefined).map((f) => path.dirname(f))];
  return dirs.find((dir) => executable(path.join(dir, 'initdb')) && executable(path.join(dir, 'pg_ctl')));
}

export function redisServerPath(): string | undefined {
  return onPath('redis-server');
}

/** What this machine lacks to start private servers; empty when it has everything. */
export function missingPrivateServerBinaries(): string[] {
  return [postgresBinDir() ? undefined : 'PostgreSQL binaries (initdb, pg_ctl)', redisServerPath() ? undefined : 'redis-server'].filter((m) => m !== undefined);
}
