import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { expect, it } from 'vitest';
import { corpusPath, describeWithCorpus } from '@wirelog/testing';
import { extract } from '../src/index';

function pageText(name: string): string {
  const dir = corpusPath('pages', 'readability');
  const $ = cheerio.load(readFileSync(path.join(dir, name, 'expected.html'), 'utf8'));
  return $('p')
    .map((_, p) => $(p).text())
    .get()
    .join('\n\n');
}

const keysOf = (name: string, kind: string) => new Set(extract(pageText(name)).mentions.filter((m) => m.kind === kind).map((m) => m.key));

describeWithCorpus('extract on real article pages of the corpus', () => {
  it('handles every page: offsets slice to the text, ids are unique', () => {
    const dir = corpusPath('pages', 'readability');
    const pages = readdirSync(dir)
      .filter((d) => existsSync(path.join(dir, d, 'expected.html')))
      .sort();
    expect(pages.length).toBeGreaterThan(100);
    for (const name of pages) {
      const text = pageText(name);
      const { mentions } = extract(text);
      for (const m of mentions) expect(text.slice(m.start, m.end), name).toBe(m.text);
      expect(new Set(mentions.map((m) => m.id)).size, name).toBe(mentions.length);
    }
  });

  it('finds the countries and money of news reports', () => {
    // GB comes from a LONDON dateline
    expect(keysOf('nytimes-1', 'country')).toEqual(new Set(['SD', 'SS', 'US', 'IR', 'KE', 'LY', 'SY', 'TZ', 'GB']));
    expect(keysOf('nytimes-4', 'money')).toContain('USD:1000000000000');
    expect(keysOf('wapo-1', 'country')).toContain('TN');
  });

  it('does not read people or weights as places or money', () => {
    expect(keysOf('article-author-tag', 'place')).not.toContain('US-GA'); // Georgia O'Keefe
    expect([...keysOf('seattletimes-1', 'money')].filter((k) => k.startsWith('GBP'))).toEqual([]); // 29.4 million pounds of halibut
  });
});
