import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { loadLabelled } from '../test/load-labelled';

const seeds = path.resolve(import.meta.dirname, '../../../seeds/pages');

/** ~1,000-word articles built from the labelled paragraphs and the seed pages, deterministic order. */
export function benchArticles(count: number, words = 1000): string[] {
  const paragraphs = loadLabelled().map((d) => d.text);
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.html')).sort()) {
    const $ = cheerio.load(readFileSync(path.join(seeds, file), 'utf8'));
    $('article p').each((_, p) => {
      paragraphs.push($(p).text());
    });
  }
  const articles: string[] = [];
  let next = 0;
  for (let a = 0; a < count; a++) {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const p = paragraphs[next++ % paragraphs.length] as string;
      parts.push(p);
      n += p.split(/\s+/).length;
    }
    next += 7; // vary the mix from one article to the next
    articles.push(parts.join('\n\n'));
  }
  return articles;
}
