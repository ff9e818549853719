import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { rssOf, serveRss } from './rss-feed-site';

const seedPages = path.resolve(import.meta.dirname, '../../../../seeds/pages');
const COUNTRIES = ['India', 'France', 'Japan', 'Brazil', 'Kenya', 'Canada', 'Germany', 'Indonesia', 'South Korea', 'Saudi Arabia'];
const ORGS = ['Microsoft', 'Amazon Web Services', 'Oracle', 'Reliance Industries', 'Google', 'CoreWeave'];
const CHIPS = ['NVIDIA H100', 'AMD Instinct MI300X', 'NVIDIA GB200', 'Google TPU v5p'];

/** The seed pages' chrome (head, navigation, footer) around their article, and the article's paragraphs. */
function seedTemplates(): { before: string; after: string; paragraphs: string[] }[] {
  return readdirSync(seedPages)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(seedPages, f), 'utf8');
      const start = html.indexOf('<article>');
      const end = html.indexOf('</article>') + '</article>'.length;
      const paragraphs = [...html.slice(start, end).matchAll(/<p>([^<]*(?:<(?!\/p>)[^<]*)*)<\/p>/g)].map((m) => m[1]!);
      return { before: html.slice(0, start), after: html.slice(end), paragraphs };
    });
}

export interface NewsSite {
  /** The feeds file listing every feed (politeness off: every page is on one local host). */
  feedsYaml: string;
  /** Every article's URL, as its feed links it. */
  articleUrls: string[];
  /** performance.now() of each path's first request (feeds and pages). */
  firstRequestAt: Map<string, number>;
  close(): Promise<void>;
}

/**
 * `feeds` RSS feeds of `perFeed` items each on 127.0.0.1, and each item's
 * page: ~`words` words of the seed pages' paragraphs (a different mix on each
 * page) inside their chrome, after a lead paragraph of the page's own that
 * names a country, an organisation, a sum and a chip, so no two texts are
 * duplicates and every article has entities.
 */
export async function serveNewsSite(options: { feeds: number; perFeed: number; words?: number }): Promise<NewsSite> {
  const templates = seedTemplates();
  const paragraphs = templates.flatMap((t) => t.paragraphs);
  const words = options.words ?? 1000;
  const firstRequestAt = new Map<string, number>();
  const page = (feed: number, item: number): string => {
    const n = feed * options.perFeed + item;
    const { before, after } = templates[n % templates.length]!;
    const country = COUNTRIES[n % COUNTRIES.length];
    const lead = `${country} will spend $${(n % 90) + 1}.${n % 10} billion on ${CHIPS[n % CHIPS.length]} clusters for a national research cloud, and ${ORGS[n % ORGS.length]} will run the first campus of plan ${feed}-${item}, officials said.`;
    const body = [`<h1>Plan ${feed}-${item}: ${country} buys compute</h1>`, `<p>${lead}</p>`];
    for (let count = lead.split(' ').length, k = n; count < words; k += 3) {
      const p = paragraphs[k % paragraphs.length]!;
      body.push(`<p>${p}</p>`);
      count += p.split(' ').length;
    }
    return `${before.replace(/<title>[^<]*<\/title>/, `<title>Plan ${feed}-${item}</title>`)}<article>${body.join('\n')}</article>${after}`;
  };
  const site = await serveRss((p, base) => {
    if (!firstRequestAt.has(p)) firstRequestAt.set(p, performance.now());
    const feed = /^\/f\/(\d+)\.xml$/.exec(p);
    if (feed) return rssOf(Array.from({ length: options.perFeed }, (_, i) => ({ link: `${base}/p/${feed[1]}/${i}` })));
    const story = /^\/p\/(\d+)\/(\d+)$/.exec(p);
    return story ? page(Number(story[1]), Number(story[2])) : undefined;
  });
  const feedIndexes = Array.from({ length: options.feeds }, (_, i) => i);
  return {
    feedsYaml: `defaults:\n  interval: 1h\n  hostInterval: 0s\n  allowPrivate: true\nfeeds:\n${feedIndexes.map((i) => `  - id: f${i}\n    url: ${site.url}/f/${i}.xml\n`).join('')}`,
    articleUrls: feedIndexes.flatMap((f) => Array.from({ length: options.perFeed }, (_, i) => `${site.url}/p/${f}/${i}`)),
    firstRequestAt,
    close: site.close,
  };
}
