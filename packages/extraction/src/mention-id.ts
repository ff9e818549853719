import { hash } from 'node:crypto';

/** Stable id of a mention: the same text and extractor version give the same id. */
export function mentionId(version: string, kind: string, key: string, start: number, end: number): string {
  // one-shot hash: a Hash object per mention cost a tenth of the extraction time
  return hash('sha1', `${version}\u0000${kind}\u0000${key}\u0000${start}\u0000${end}`).slice(0, 16);
}
