import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Linux `/proc/<pid>/stat`: the command (field 2) may hold spaces, so fields are counted from its closing parenthesis. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Pids whose parent is `pid` right now. */
export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((child) => Number(statFields(child)?.[1]) === pid);
}

/** A zombie counts as gone: in a container nothing may ever reap it. */
function gone(pid: number): boolean {
  const state = statFields(pid)?.[0];
  return state === undefined || state === 'Z';
}

export async function waitUntilGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pids.every(gone)) {
    if (Date.now() > deadline) throw new Error(`processes ${pids.filter((p) => !gone(p)).join(', ')} still alive after SIGKILL`);
    await sleep(20);
  }
}

/** SIGKILL, ignoring a process that has already exited. */
export function killHard(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
