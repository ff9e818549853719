import { readFileSync, watch } from 'node:fs';
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

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
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
  // Read now, synchronously, so an edit made right after this call is never taken for the baseline.
  let lastText = readOrUndefined(file);

  const reload = async (): Promise<void> => {
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
