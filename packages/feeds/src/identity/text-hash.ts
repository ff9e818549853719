import { createHash } from 'node:crypto';

/** sha256 hex of the text with case and whitespace differences removed, to spot the same article twice. */
export function textHash(text: string): string {
  const normalised = text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
