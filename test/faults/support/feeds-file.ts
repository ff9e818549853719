import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** The feeds file of a fault run: every feed of the local site, polled often, no politeness gap. */
export function writeFeedsFile(dir: string, feedUrls: string[], interval = '10s'): string {
  const file = path.join(dir, 'feeds.yaml');
  const feeds = feedUrls.map((url, k) => `  - id: desk-${k}\n    url: ${url}\n`).join('');
  writeFileSync(file, `defaults:\n  interval: ${interval}\n  hostInterval: 0s\n  allowPrivate: true\nfeeds:\n${feeds}`);
  return file;
}
