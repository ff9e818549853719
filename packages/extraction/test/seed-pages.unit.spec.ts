import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index';
import { documentSets } from '../src/evaluate';

const seeds = path.resolve(import.meta.dirname, '../../../seeds');
const expected = JSON.parse(readFileSync(path.join(seeds, 'expected-entities.json'), 'utf8')) as Record<string, Record<string, string[]>>;

function articleText(file: string): string {
  const $ = cheerio.load(readFileSync(path.join(seeds, 'pages', file), 'utf8'));
  return $('article p')
    .map((_, p) => $(p).text())
    .get()
    .join('\n\n');
}

describe('seed article pages come out fully right', () => {
  for (const [file, sets] of Object.entries(expected)) {
    it(file, () => {
      const found = documentSets(extract(articleText(file)).mentions);
      for (const kind of ['country', 'money', 'hardware', 'org', 'place'] as const) {
        expect({ kind, keys: found[kind] }).toEqual({ kind, keys: [...(sets[kind] ?? [])].sort() });
      }
    });
  }

  it('the money of the national infrastructure page links to its country and organisation', () => {
    const money = extract(articleText('national-ai-infrastructure.html')).mentions.filter((m) => m.kind === 'money');
    expect(money.map((m) => [m.text, m.country ?? null, m.org ?? null])).toEqual([
      ['$1.2 billion', null, 'neysa'],
      ['$7.7 billion', 'IN', null],
      ['$60 billion', null, null],
      ['$67 billion', null, 'coreweave'],
    ]);
  });
});
