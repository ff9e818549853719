import { readFile } from 'node:fs/promises';
import type { FeedsConfigResult } from './feeds-config.types';
import { parseFeedsConfig } from './parse-feeds-config';

/** Reads and validates a feeds file; an unreadable file is a problem at 1:1, not a throw. */
export async function loadFeedsConfig(file: string): Promise<FeedsConfigResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, problems: [{ file, line: 1, col: 1, message: `cannot read the feeds file (${reason})` }] };
  }
  return parseFeedsConfig(text, file);
}
