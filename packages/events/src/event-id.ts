import { createHash } from 'node:crypto';

/**
 * A name-based (RFC 4122 version 5 style) UUID: the same parts always give the
 * same id, so a retried handler appends the same event ids and the store
 * ignores the repeats.
 */
export function deterministicEventId(...parts: (string | number)[]): string {
  const hash = createHash('sha1').update(parts.join('\u001f')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
