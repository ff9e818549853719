import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RssSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `body(path, siteUrl)` (or 404 when it returns undefined) from 127.0.0.1: feeds as RSS, anything else as HTML. */
export async function serveRss(body: (path: string, siteUrl: string) => string | undefined): Promise<RssSite> {
  let url = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const text = body(path, url);
    if (text === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'application/rss+xml' : 'text/html; charset=utf-8' }).end(text);
  });
  // Node closes an idle keep-alive connection after 5 s, which on a loaded machine races a fetcher reusing it
  // ("other side closed"): 16 of 100 first polls failed so in one end-to-end run, and a failed poll waits an interval
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** An RSS document of the given items (link, and an optional description). */
export function rssOf(items: { link: string; description?: string }[]): string {
  const xml = items.map((i) => `<item><link>${i.link}</link>${i.description ? `<description>${i.description}</description>` : ''}</item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${xml.join('\n')}</channel></rss>`;
}
