import { setTimeout as sleep } from 'node:timers/promises';
import type { Role } from '@wirelog/pipeline';
import { freePort } from '@wirelog/testing';
import { startWirelog, type RunningWirelog } from '../../support/wirelog-cli';

/** One `wirelog worker <role>` process that a test may kill -9 and start again. */
export interface RoleProcess {
  /** `fetcher-2`: the role, numbered when it runs more than once. */
  readonly name: string;
  readonly port: number;
  /** Exits nobody asked for, each with the end of its output. */
  readonly crashes: string[];
  /** Starts the process and waits until it answers `/healthz`. */
  start(): Promise<void>;
  /** SIGKILL, as an OOM killer or a lost machine would. */
  kill9(): Promise<void>;
  /** SIGTERM: the exit code of a graceful shutdown. */
  stop(): Promise<number | null>;
  /** The end of the current (or last) process's output. */
  tail(lines?: number): string;
}

const HEALTHY_WITHIN_MS = 60_000;

export async function roleProcess(role: Role, name: string, env: Record<string, string>): Promise<RoleProcess> {
  // a port of its own, kept across restarts, so /healthz is found without parsing logs
  const port = await freePort();
  const crashes: string[] = [];
  let current: RunningWirelog | undefined;
  const asked = new WeakSet<RunningWirelog>();
  // log lines of pg errors carry the whole client object: cut them
  const tail = (lines = 20) => (current?.output() ?? '').trimEnd().split('\n').slice(-lines).map((line) => line.slice(0, 400)).join('\n');

  async function waitHealthy(proc: RunningWirelog): Promise<void> {
    const deadline = Date.now() + HEALTHY_WITHIN_MS;
    for (;;) {
      if (proc.child.exitCode !== null || proc.child.signalCode !== null) throw new Error(`${name} exited while starting:\n${tail()}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`${name} did not answer /healthz on port ${port} within ${HEALTHY_WITHIN_MS / 1000}s:\n${tail()}`);
      await sleep(100);
    }
  }

  /** SIGKILL, or (`stop` sends it) SIGTERM: a second SIGTERM would cut a graceful shutdown short. */
  async function terminate(kill9: boolean): Promise<number | null> {
    const proc = current;
    if (!proc) return null;
    asked.add(proc);
    if (kill9) proc.child.kill('SIGKILL');
    return proc.stop();
  }

  return {
    name,
    port,
    crashes,
    async start() {
      const proc = startWirelog(['worker', role], { ...env, PORT: String(port) });
      current = proc;
      proc.child.once('exit', (code, signal) => {
        if (!asked.has(proc)) crashes.push(`${name} exited by itself (code ${code}, signal ${signal}):\n${tail(60)}`);
      });
      await waitHealthy(proc);
    },
    async kill9() {
      await terminate(true);
    },
    stop: () => terminate(false),
    tail,
  };
}
