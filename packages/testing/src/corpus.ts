import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** `../shared/corpus` beside the repository: test data that is never copied into it. */
export const corpusDir = path.resolve(fileURLToPath(import.meta.url), '../../../../../shared/corpus');

export function corpusPath(...parts: string[]): string {
  const full = path.join(corpusDir, ...parts);
  if (!existsSync(full)) throw new Error(`corpus file missing: ${full} (../shared/corpus must sit beside the repo)`);
  return full;
}
