import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface SiteRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  at: number;
}

/** A local site for int tests: routes by path, records every request it sees. */
export interface FeedSite {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: SiteRequest[];
  route(path: string, handler: RouteHandler): void;
  requestsTo(path: string): SiteRequest[];
  close(): Promise<void>;
}

export async function startFeedSite(host = '127.0.0.1'): Promise<FeedSite> {
  const routes = new Map<string, RouteHandler>();
  const requests: SiteRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    requests.push({ path, headers: req.headers, at: performance.now() });
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    requestsTo: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RssItem {
  title: string;
  link: string;
  guid?: string;
  /** HTML content of the item (content:encoded): what the fetcher falls back to. */
  content?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: RssItem[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${escape(i.title)}</title><link>${escape(i.link)}</link>` +
        (i.guid ? `<guid isPermaLink="false">${escape(i.guid)}</guid>` : '') +
        (i.content ? `<content:encoded>${escape(i.content)}</content:encoded>` : '') +
        '</item>',
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test site</title><link>http://example.org/</link>${body}</channel></rss>`;
}

/** An article page whose main text is the given paragraphs. */
export function articlePage(title: string, paragraphs: string[]): string {
  const ps = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>${escape(title)}</h1>${ps}</article><footer>Copyright</footer></body></html>`;
}

/** Paragraphs long enough for main-text extraction, unique per `seed`. */
export function storyText(seed: string): string[] {
  return [
    `India will spend $2 billion on new data centres for artificial intelligence, officials said on Monday about the ${seed} plan.`,
    `The ${seed} programme includes clusters of NVIDIA H100 accelerators and a national research cloud for universities and startups across the country.`,
    `Ministers said the first phase of the ${seed} project would open next year, with further sites to follow in Uttar Pradesh and Karnataka.`,
  ];
}

export const sendRss = (items: RssItem[], headers: Record<string, string> = {}): RouteHandler => (_req, res) =>
  void res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers }).end(rss(items));

export const sendHtml = (html: string): RouteHandler => (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);

export const sendStatus = (status: number, headers: Record<string, string> = {}): RouteHandler => (_req, res) => void res.writeHead(status, headers).end();
