import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder a live process holds, takes over a stale lock, and releases', () => {
    writeFileSync(path.join(dir, 'wirelog.lock'), String(process.ppid)); // a live process that is not us
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    writeFileSync(path.join(dir, 'wirelog.lock'), '999999999'); // no such process
    const unlock = lockDataDir(dir);
    expect(existsSync(path.join(dir, 'wirelog.lock'))).toBe(true);
    unlock();
    expect(existsSync(path.join(dir, 'wirelog.lock'))).toBe(false);
  });
});
