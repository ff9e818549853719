import { createHash } from 'node:crypto';
import { canonicalUrl } from './canonical-url';

/** Stable article id (stream `article-<id>`): first 24 hex chars of sha256 of the canonical URL. */
export function articleIdFor(url: string): string {
  return createHash('sha256').update(canonicalUrl(url)).digest('hex').slice(0, 24);
}
