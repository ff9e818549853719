import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedsConfigResult } from './feeds-config.types';
import { watchFeedsConfig, type FeedsConfigWatcher } from './watch-feeds-config';

const feedsYaml = (id: string): string => `feeds:\n  - id: ${id}\n    url: https://${id}.example/feed\n`;

describe('watchFeedsConfig', () => {
  let dir: string;
  let file: string;
  let watcher: FeedsConfigWatcher | undefined;
  let results: FeedsConfigResult[];
  let waiters: Array<() => void>;

  const nextResult = (): Promise<FeedsConfigResult> =>
    new Promise((resolve) => {
      const seen = results.length;
      const check = (): void => (results.length > seen ? resolve(results[seen]!) : void waiters.push(check));
      check();
    });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wirelog-watch-'));
    file = path.join(dir, 'feeds.yaml');
    await writeFile(file, feedsYaml('first'));
    results = [];
    waiters = [];
    watcher = watchFeedsConfig(file, (result) => {
      results.push(result);
      for (const wake of waiters.splice(0)) wake();
    }, { debounceMs: 20 });
  });

  afterEach(async () => {
    watcher?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports an edit in place, an invalid edit, and a file replaced by rename', async () => {
    const edited = nextResult();
    await writeFile(file, feedsYaml('second'));
    expect(await edited).toMatchObject({ ok: true, config: { feeds: [{ id: 'second' }] } });

    const broken = nextResult();
    await writeFile(file, 'feeds:\n  - id: BAD\n    url: https://x.example/\n');
    expect(await broken).toMatchObject({ ok: false, problems: [{ file, line: 2, col: 9 }] });

    // Editors save by writing a temporary file and renaming it over the original.
    const replaced = nextResult();
    await writeFile(path.join(dir, '.feeds.yaml.swp'), feedsYaml('third'));
    await rename(path.join(dir, '.feeds.yaml.swp'), file);
    expect(await replaced).toMatchObject({ ok: true, config: { feeds: [{ id: 'third' }] } });
  });

  it('ignores other files in the folder and rewrites with the same content', async () => {
    const next = nextResult();
    await writeFile(path.join(dir, 'other.yaml'), feedsYaml('other'));
    await writeFile(file, feedsYaml('first'));
    await writeFile(file, feedsYaml('fourth'));
    expect(await next).toMatchObject({ ok: true, config: { feeds: [{ id: 'fourth' }] } });
    expect(results).toHaveLength(1);
  });
});
