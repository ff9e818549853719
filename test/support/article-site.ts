import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArticleSite {
  url: string;
  /** One RSS feed per `feeds` option, at `/feeds/<n>.xml`. */
  feedUrls: string[];
  /** Requests per path. */
  hits: Map<string, number>;
  /** Canonical URLs (no tracking parameters) of every article the feeds list now. */
  articleUrls(): string[];
  /** From now on every feed lists `perFeed` items: raising it publishes new articles. */
  publish(perFeed: number): void;
  close(): Promise<void>;
}

const COUNTRIES = ['India', 'France', 'Japan', 'Brazil', 'Kenya', 'Canada', 'Germany', 'Indonesia'];
const ORGS = ['Microsoft', 'Amazon Web Services', 'Oracle', 'Reliance Industries', 'Google'];
const CHIPS = ['NVIDIA H100', 'AMD Instinct MI300X', 'NVIDIA GB200'];
const PUBLISHED = Date.UTC(2025, 0, 1);

/** A story's page: a few paragraphs of unique text naming a country, an organisation, a sum and a chip. */
function storyPage(feed: number, i: number): string {
  const country = COUNTRIES[(feed + i) % COUNTRIES.length];
  const org = ORGS[i % ORGS.length];
  const chip = CHIPS[(feed * 7 + i) % CHIPS.length];
  return `<html lang="en"><head><title>Story ${feed}-${i}</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>Story ${feed}-${i}</h1>
    <p>${country} will spend $${i + 1} billion on new data centres for artificial intelligence, officials said on Monday in statement number ${i} of desk ${feed}.</p>
    <p>The plan, the ${i}th of its kind this year, includes clusters of ${chip} accelerators and a national research cloud for universities and start-ups.</p>
    <p>${org} will build and operate the first campus under a ${10 + (i % 20)}-year agreement, according to people familiar with report ${feed}.${i}, and expects to hire ${100 + i} engineers.</p>
    <p>Analysts said the investment would make ${country} one of the larger buyers of accelerators in the region, although power and water supplies remain a concern for site ${feed}-${i}.</p>
    </article><footer>Subscribe to our newsletter</footer></body></html>`;
}

function feedXml(base: string, feed: number, count: number): string {
  // newest first, as news feeds list them; links carry tracking parameters that canonical URLs drop
  const items = Array.from({ length: count }, (_, n) => count - 1 - n).map(
    (i) =>
      `<item><title>Story ${feed}-${i}</title><link>${base}/story/${feed}/${i}?utm_source=rss&amp;fbclid=abc</link><guid>s-${feed}-${i}</guid><pubDate>${new Date(PUBLISHED + (feed * 10_000 + i) * 60_000).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk ${feed}</title>${items.join('')}</channel></rss>`;
}

export interface ArticleSiteOptions {
  feeds?: number;
  pageDelayMs?: number;
  /** `user:password` the feeds (not the pages) require as Basic auth; anyone else gets 401. */
  feedAuth?: string;
}

/** A local news site: `feeds` RSS feeds of `perFeed` items each, and every item's page. */
export async function startArticleSite(perFeed: number, options: ArticleSiteOptions = {}): Promise<ArticleSite> {
  const feeds = options.feeds ?? 1;
  const authorization = options.feedAuth && `Basic ${Buffer.from(options.feedAuth).toString('base64')}`;
  let listed = perFeed;
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(path);
    if (feed && authorization && req.headers.authorization !== authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic' }).end();
    if (feed && Number(feed[1]) < feeds) return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(base, Number(feed[1]), listed));
    const story = /^\/story\/(\d+)\/(\d+)$/.exec(path);
    if (!story) return void res.writeHead(404).end();
    const body = storyPage(Number(story[1]), Number(story[2]));
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body), options.pageDelayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feedIndexes = Array.from({ length: feeds }, (_, k) => k);
  return {
    url: base,
    feedUrls: feedIndexes.map((k) => `${base}/feeds/${k}.xml`),
    hits,
    articleUrls: () => feedIndexes.flatMap((k) => Array.from({ length: listed }, (_, i) => `${base}/story/${k}/${i}`)),
    publish: (count) => void (listed = count),
    close: () =>
      new Promise((resolve) => {
        // keep-alive connections of the fetchers would hold close() open
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
