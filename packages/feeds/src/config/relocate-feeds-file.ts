import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { resolveFeedUrl } from './resolve-feed-url';

/**
 * A feeds file's text, for a copy of it in `toDir`: every local feed URL is rewritten so that it
 * names the same file from there (`file:` URLs resolve against the feeds file's folder). Only those
 * values change, in place: comments, layout and every other value stay as written.
 */
export function relocateFeedsFile(text: string, fromDir: string, toDir: string): string {
  const feeds = parseDocument(text).get('feeds');
  if (!isSeq(feeds)) return text;
  const edits: { start: number; end: number; value: string }[] = [];
  for (const feed of feeds.items) {
    const url = isMap(feed) ? feed.get('url', true) : undefined;
    if (!isScalar(url) || typeof url.value !== 'string' || !url.range) continue;
    const resolved = resolveFeedUrl(url.value, fromDir);
    if (!resolved.ok || !resolved.url.startsWith('file:')) continue;
    const relative = `file:${path.relative(toDir, fileURLToPath(resolved.url)).split(path.sep).join('/')}`;
    // a JSON string is a valid double-quoted YAML scalar, for paths a plain scalar cannot hold
    edits.push({ start: url.range[0], end: url.range[1], value: /^[\w./:-]+$/.test(relative) ? relative : JSON.stringify(relative) });
  }
  let out = text;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.value + out.slice(edit.end);
  return out;
}
