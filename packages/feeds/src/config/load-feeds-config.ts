import { readFile, stat } from 'node:fs/promises';
import type { FeedsConfigResult } from './feeds-config.types';
import { MAX_FEEDS_FILE_BYTES, parseFeedsConfig, tooLargeProblem } from './parse-feeds-config';

/** Reads and validates a feeds file; an unreadable or oversized file is a problem at 1:1, not a throw. */
export async function loadFeedsConfig(file: string): Promise<FeedsConfigResult> {
  let text: string;
  try {
    // refused before reading: an 8.5 MB file took 732 MB to parse
    const { size } = await stat(file);
    if (size > MAX_FEEDS_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(file, size)] };
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, problems: [{ file, line: 1, col: 1, message: `cannot read the feeds file (${reason})` }] };
  }
  return parseFeedsConfig(text, file);
}
