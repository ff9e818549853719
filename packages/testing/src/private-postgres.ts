import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cleanupOnExit } from './exit-cleanup';
import { startOnFreePort } from './free-port';
import { postgresBinDir } from './private-binaries';
import { childrenOf, killHard, waitUntilGone } from './process-tree';

const run = promisify(execFile);

export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust auth). */
  url: string;
  port: number;
  /** The server's folder: data, socket and `server.log`. */
  dir: string;
  /** The URL of another database on this server. */
  urlOf(database: string): string;
  /** `pg_ctl restart -m <mode>`: every session ends, committed data stays. */
  restart(options?: { mode?: 'smart' | 'fast' | 'immediate' }): Promise<void>;
  /** SIGKILL to the postmaster and all its children, as in a crash; `start()` then recovers from the WAL. */
  kill9(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/** initdb refuses to run as root: as root, every server binary runs as the `postgres` user. */
function asPostgres(file: string, args: string[]): Promise<{ stdout: string }> {
  return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', file, ...args]) : run(file, args);
}

/**
 * A PostgreSQL server of its own (initdb into a temp folder, a free port,
 * loopback and a private socket folder only) that a test may restart or
 * kill without touching the machine's shared server.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found');
  // created by the server's own user, so that it may write there
  const root = (await asPostgres('mktemp', ['-d', path.join(tmpdir(), 'wirelog-pg-XXXXXX')])).stdout.trim();
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'server.log');
  const pgCtl = (args: string[]) => asPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-w', '-t', '60', ...args]);
  const logTail = () => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no server log)';
    }
  };
  let port = 0;
  // a stale postmaster.pid after kill9 may name a pid the OS has given to someone else
  let running = false;
  // fsync off: tests kill processes, not the machine, and the page cache survives a SIGKILL
  const options = () => ['-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`];
  const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const withLog = async (what: string, action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      throw new Error(`private postgres: ${what} failed\n${(error as Error).message}\n${logTail()}`, { cause: error });
    }
  };

  async function start(): Promise<void> {
    await withLog('start', () => pgCtl([...options(), 'start']));
    running = true;
  }

  async function kill9(): Promise<void> {
    if (!running) throw new Error('private postgres: kill9 of a stopped server');
    running = false;
    const pid = postmasterPid();
    // stopped first, so that it forks no child between the listing and the kill
    process.kill(pid, 'SIGSTOP');
    const victims = [pid, ...childrenOf(pid)];
    victims.forEach(killHard);
    await waitUntilGone(victims, 10_000);
    // the dead postmaster may linger as a zombie (a container's init reaps slowly, if ever), and the
    // server refuses to start while its lock files name a pid that still exists
    rmSync(path.join(dataDir, 'postmaster.pid'));
    rmSync(path.join(root, `.s.PGSQL.${port}.lock`), { force: true });
  }

  const forget = cleanupOnExit(() => {
    try {
      if (running) [postmasterPid(), ...childrenOf(postmasterPid())].forEach(killHard);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  try {
    await withLog('initdb', () => asPostgres(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']));
    await startOnFreePort((candidate) => {
      port = candidate;
      return start();
    }, (error) => /could not bind|Address already in use/.test(error.message));
  } catch (error) {
    forget();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }

  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: urlOf('postgres'),
    port,
    dir: root,
    urlOf,
    async restart({ mode = 'fast' } = {}) {
      await withLog('restart', () => pgCtl([...options(), '-m', mode, 'restart']));
      running = true;
    },
    kill9,
    start,
    async stop() {
      try {
        if (running) await withLog('stop', () => pgCtl(['-m', 'immediate', 'stop']));
        running = false;
      } finally {
        forget();
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
