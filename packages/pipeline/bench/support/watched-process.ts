import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The built CLI, as it ships (`npm run bench` builds first). */
const bin = path.resolve('packages/cli/bin/wirelog.js');

export interface WatchedProcess {
  child: ChildProcess;
  /** Peak resident memory so far, MB (the kernel's high-water mark). */
  peakMb(): number;
  /** Resident memory now, MB. */
  rssMb(): number;
  /** CPU time the process has used so far (user + system), seconds. */
  cpuSeconds(): number;
  /** Resolves with the first match of `pattern` in the process's output. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

function statusMb(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined; // exited
  }
}

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, after the parenthesised command name), in clock ticks of 1/100 s. */
function cpuTicks(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined; // exited
  }
}

/** `wirelog …` as a child process whose memory the bench reads from /proc. */
export function startWirelog(args: string[], env: Record<string, string>): WatchedProcess {
  const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let rss = 0;
  let ticks = 0;
  const sample = () => {
    peak = Math.max(peak, statusMb(child.pid, 'VmHWM') ?? peak);
    rss = statusMb(child.pid, 'VmRSS') ?? rss;
    ticks = cpuTicks(child.pid) ?? ticks;
  };
  const timer = setInterval(sample, 200);
  let tail = '';
  const waiters: { pattern: RegExp; resolve(match: RegExpMatchArray): void }[] = [];
  const onData = (chunk: Buffer) => {
    // keep only the end: a long run's logs must not grow the bench's own memory
    tail = (tail + chunk.toString()).slice(-64 * 1024);
    for (const waiter of [...waiters]) {
      const match = tail.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => (clearInterval(timer), resolve(code))));
  return {
    child,
    peakMb: () => (sample(), peak),
    rssMb: () => (sample(), rss),
    cpuSeconds: () => (sample(), ticks / 100),
    waitFor(pattern, timeoutMs = 300_000) {
      const match = tail.match(pattern);
      if (match) return Promise.resolve(match);
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no ${pattern} from wirelog ${args.join(' ')} within ${timeoutMs} ms:\n${tail.slice(-4000)}`)), timeoutMs);
        waiters.push({ pattern, resolve: (m) => (clearTimeout(timeout), resolve(m)) });
        void exited.then(() => reject(new Error(`wirelog ${args.join(' ')} exited before ${pattern}:\n${tail.slice(-4000)}`)));
      });
    },
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
