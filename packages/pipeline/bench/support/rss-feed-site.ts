import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RssSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `body(path)` as RSS (or 404 when it returns undefined) from 127.0.0.1. */
export async function serveRss(body: (path: string) => string | undefined): Promise<RssSite> {
  const server = createServer((req, res) => {
    const text = body(new URL(req.url ?? '/', 'http://x').pathname);
    if (text === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** An RSS document of the given items (link, and an optional description). */
export function rssOf(items: { link: string; description?: string }[]): string {
  const xml = items.map((i) => `<item><link>${i.link}</link>${i.description ? `<description>${i.description}</description>` : ''}</item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${xml.join('\n')}</channel></rss>`;
}
