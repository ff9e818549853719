import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { cleanupOnExit } from './exit-cleanup';
import { startOnFreePort } from './free-port';
import { redisServerPath } from './private-binaries';

export interface PrivateRedis {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The server's working folder. */
  dir: string;
  /** SIGKILL: the server is gone until `restartEmpty()`. */
  kill9(): Promise<void>;
  /** A new server on the same port, with no keys (kills the running one first). */
  restartEmpty(): Promise<void>;
  /** FLUSHALL on the running server. */
  flushAll(): Promise<void>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/** A redis-server of its own (free port, loopback, no persistence) that a test may kill or flush. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const binary = redisServerPath();
  if (!binary) throw new Error('redis-server not found');
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-redis-'));
  let port = 0;
  let child: ChildProcess | undefined;
  const forget = cleanupOnExit(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  async function launch(): Promise<void> {
    const server = spawn(binary!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', ''], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.once('exit', (code) => reject(new Error(`private redis exited with ${code} before it was ready:\n${output}`)));
      server.once('error', reject);
    });
    // later output is not needed, but an unread pipe would block the server once full
    server.stdout.resume();
    server.stderr.resume();
    child = server;
  }

  async function terminate(signal: NodeJS.Signals): Promise<void> {
    const server = child;
    child = undefined;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, 'exit');
    server.kill(signal);
    await exited;
  }
  const kill9 = () => terminate('SIGKILL');

  try {
    await startOnFreePort((candidate) => {
      port = candidate;
      return launch();
    }, (error) => /Address already in use/.test(error.message));
  } catch (error) {
    forget();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    port,
    dir,
    kill9,
    async restartEmpty() {
      await kill9();
      await launch();
    },
    async flushAll() {
      const client = new Redis(url, { maxRetriesPerRequest: 1 });
      try {
        await client.flushall();
      } finally {
        client.disconnect();
      }
    },
    async stop() {
      try {
        await terminate('SIGTERM');
      } finally {
        forget();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
