import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe } from 'vitest';

/** `../shared/corpus` beside the repository: test data that is never copied into it. */
export const corpusDir = path.resolve(fileURLToPath(import.meta.url), '../../../../../shared/corpus');

/** `.ci/run` sets WIRELOG_REQUIRE_CORPUS=1: there a missing corpus fails instead of skipping. */
const corpusRequired = process.env.WIRELOG_REQUIRE_CORPUS === '1';
let warned = false;

/**
 * `describe` for tests that read the corpus. A plain clone has no `../shared` beside it: the suite
 * is skipped with one line, and `fn` is not even called, so it may read the corpus while it declares tests.
 */
export function describeWithCorpus(name: string, fn: () => void): void {
  if (existsSync(corpusDir)) {
    describe(name, fn);
    return;
  }
  if (corpusRequired) throw new Error(`no corpus at ${corpusDir} but WIRELOG_REQUIRE_CORPUS=1: corpus tests must run`);
  if (!warned) {
    warned = true;
    console.warn(`[wirelog tests] no corpus at ${corpusDir}: skipping tests that read it`);
  }
  describe.skip(name, () => {});
}

export function corpusPath(...parts: string[]): string {
  const full = path.join(corpusDir, ...parts);
  if (!existsSync(full)) throw new Error(`corpus file missing: ${full} (../shared/corpus must sit beside the repo)`);
  return full;
}

export interface CorpusFeed {
  /** Relative to the corpus folder, as in manifest.tsv. */
  path: string;
  origin: string;
  kind: 'feed-wellformed' | 'feed-illformed';
  /** A feed id ([a-z0-9-]+) derived from the path. */
  id: string;
}

/** Every feed file of the corpus manifest; dates, golden outputs and licences are not feeds. */
export function corpusFeeds(): CorpusFeed[] {
  return readFileSync(corpusPath('manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([, , kind]) => kind === 'feed-wellformed' || kind === 'feed-illformed')
    .map(([path = '', origin = '', kind = '']) => ({
      path,
      origin,
      kind: kind as CorpusFeed['kind'],
      id: path.replace(/^feeds\//, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    }));
}

const TYPE_BY_EXTENSION: Record<string, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/json',
};

/**
 * The response headers a corpus file is meant to be read with: feedparser's files name them in
 * `Header:` lines of their leading comment; rss-parser serves `encoding.rss` as Latin-1.
 */
export function responseHeaders(path: string, bytes: Uint8Array): Record<string, string> {
  const headers: Record<string, string> = {};
  const comment = /^[\s\S]*?<!--([\s\S]*?)-->/.exec(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))?.[1] ?? '';
  for (const [, name = '', value = ''] of comment.matchAll(/^Header:\s*([\w-]+):\s*(.*?)\s*$/gm)) headers[name.toLowerCase()] = value;
  if (path === 'feeds/rss-parser/encoding.rss') headers['content-type'] = 'application/rss+xml; charset=latin1';
  headers['content-type'] ??= TYPE_BY_EXTENSION[path.replace(/^.*\./, '')] ?? 'application/xml';
  return headers;
}
