import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArticleSite {
  url: string;
  /** Requests per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** A local news site: an RSS feed of `count` items and their pages, each naming a country and a sum. */
export async function startArticleSite(count: number, options: { pageDelayMs?: number } = {}): Promise<ArticleSite> {
  const hits = new Map<string, number>();
  const countries = ['India', 'France', 'Japan', 'Brazil', 'Kenya', 'Canada'];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/feed.xml') {
      const items = Array.from({ length: count }, (_, i) => `<item><title>Story ${i}</title><link>${base}/story/${i}?utm_source=rss&amp;fbclid=abc</link><guid>s-${i}</guid></item>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>${items.join('')}</channel></rss>`);
      return;
    }
    const story = /^\/story\/(\d+)$/.exec(path);
    if (!story) return void res.writeHead(404).end();
    const i = Number(story[1]);
    const body = `<html lang="en"><head><title>Story ${i}</title></head><body><nav><a href="/">Home</a></nav><article><h1>Story ${i}</h1>
      <p>${countries[i % countries.length]} will spend $${i + 1} billion on new data centres for artificial intelligence, officials said on Monday in a statement number ${i}.</p>
      <p>The plan, the ${i}th of its kind this year, includes clusters of NVIDIA H100 accelerators and a national research cloud for universities.</p></article></body></html>`;
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body), options.pageDelayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
