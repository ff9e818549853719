import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corpusPath } from '@wirelog/testing';

export interface CorpusFeed {
  /** Relative to the corpus folder, as in manifest.tsv. */
  path: string;
  origin: string;
  kind: 'feed-wellformed' | 'feed-illformed';
  /** A feed id ([a-z0-9-]+) derived from the path. */
  id: string;
}

export interface CorpusServer {
  urlOf(path: string, variant?: string): string;
  close(): Promise<void>;
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

/** Serves each file at `/<corpus path>` from 127.0.0.1 on a random port, bytes untouched. */
export async function serveCorpus(paths: string[], overrides: Record<string, Record<string, string>> = {}): Promise<CorpusServer> {
  const files = new Map(paths.map((path) => [`/${path}`, path]));
  const server = createServer((req, res) => {
    const route = new URL(req.url ?? '/', 'http://localhost').pathname;
    // `/as/<variant>/<path>` serves the file again with other headers (a charset the file does not declare)
    const [, variant = '', rest = route] = /^\/as\/([^/]+)(\/.*)$/.exec(route) ?? [];
    const path = files.get(rest);
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    const bytes = readFileSync(corpusPath(path));
    const override = overrides[variant];
    res.writeHead(200, { ...responseHeaders(path, bytes), ...override, 'content-length': bytes.byteLength }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urlOf: (path, variant) => `${base}${variant ? `/as/${variant}` : ''}/${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
