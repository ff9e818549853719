import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// the built CLI (`npm run bench` builds first): what a user runs
const cli = path.resolve(import.meta.dirname, '../../cli/bin/wirelog.js');
const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface WholeProcess {
  /** Articles per second, start-up included. */
  rate: number;
  /** `wirelog entities` on one article. */
  startupMs: number;
  pinned: boolean;
}

/** `wirelog entities` over the articles as files, one process for all, on one core (taskset) where there is one to pin. */
export function wholeProcessRate(articles: string[], runs: number): WholeProcess {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-bench-'));
  try {
    const files = articles.map((text, i) => {
      const file = path.join(dir, `article-${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const run = (inputs: string[]): number => {
      const out = path.join(dir, 'out.jsonl');
      const fd = openSync(out, 'w');
      const argv = [process.execPath, cli, 'entities', ...inputs];
      const started = performance.now();
      const result = pinned ? spawnSync('taskset', ['-c', '0', ...argv], { stdio: ['ignore', fd, 'pipe'] }) : spawnSync(argv[0]!, argv.slice(1), { stdio: ['ignore', fd, 'pipe'] });
      const ms = performance.now() - started;
      closeSync(fd);
      const lines = readFileSync(out, 'utf8').split('\n').length - 1;
      if (result.status !== 0 || lines !== inputs.length) throw new Error(`wirelog entities failed (${lines}/${inputs.length} lines): ${result.stderr}`);
      return ms;
    };
    run(files.slice(0, 1));
    const whole = Array.from({ length: runs }, () => run(files));
    const startup = Array.from({ length: runs }, () => run(files.slice(0, 1)));
    return { rate: files.length / (median(whole) / 1000), startupMs: median(startup), pinned };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
