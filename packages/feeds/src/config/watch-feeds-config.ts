import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedsConfigResult } from './feeds-config.types';
import { loadFeedsConfig } from './load-feeds-config';

export interface FeedsConfigWatcher {
  close(): void;
}

export interface WatchFeedsConfigOptions {
  /** Quiet time after the last file event before reloading; editors write in several steps. */
  debounceMs?: number;
}

/**
 * Calls `onChange` with the new parse result (valid or not) each time the feeds file's content changes.
 * Watches the folder, not the file: editors save by writing a new file and renaming it over the old
 * one, which ends a watch on the file itself. Unchanged content (a touch, a second event) is not reported.
 */
export function watchFeedsConfig(
  file: string,
  onChange: (result: FeedsConfigResult) => void,
  options: WatchFeedsConfigOptions = {},
): FeedsConfigWatcher {
  const name = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let lastText: string | undefined;
  const remember = readFile(file, 'utf8').then((text) => (lastText = text), () => undefined);

  const reload = async (): Promise<void> => {
    await remember;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (closed || (text !== undefined && text === lastText)) return;
    lastText = text;
    onChange(await loadFeedsConfig(file));
  };

  const watcher = watch(path.dirname(path.resolve(file)), (_event, changed) => {
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), options.debounceMs ?? 100);
  });
  watcher.on('error', () => undefined);
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
