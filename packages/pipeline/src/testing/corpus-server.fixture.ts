import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corpusPath, responseHeaders } from '@wirelog/testing';

export interface CorpusServer {
  urlOf(path: string, variant?: string): string;
  close(): Promise<void>;
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
