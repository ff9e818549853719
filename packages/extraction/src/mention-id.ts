import { createHash } from 'node:crypto';

/** Stable id of a mention: the same text and extractor version give the same id. */
export function mentionId(version: string, kind: string, key: string, start: number, end: number): string {
  return createHash('sha1').update(`${version}\u0000${kind}\u0000${key}\u0000${start}\u0000${end}`).digest('hex').slice(0, 16);
}
