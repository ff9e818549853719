import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPath, describeWithCorpus } from '@wirelog/testing';
import { expect, it } from 'vitest';
import { visibleText } from '../../bench/visible-text';
import { extractArticle } from './extract-article';
import { benchmarkScore, shingleCounts } from './shingle-score';
import { wordF1 } from './word-f1';

describeWithCorpus('extractArticle on captured pages', () => {
  const dir = corpusPath('pages', 'readability');
  const pages = () =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({
        name: d.name,
        result: extractArticle(readFileSync(path.join(dir, d.name, 'source.html'), 'utf8')),
        expected: visibleText(readFileSync(path.join(dir, d.name, 'expected.html'), 'utf8')),
      }));

  it('matches each Readability test page\'s own expected text: mean word F1 ≥ 0.99, the article-extraction benchmark\'s F1 ≥ 0.97', () => {
    const all = pages();
    expect(all.length).toBeGreaterThanOrEqual(130);
    const words = all.map((p) => wordF1(p.result.text, p.expected).f1);
    expect(words.reduce((a, b) => a + b, 0) / words.length).toBeGreaterThanOrEqual(0.99);
    expect(benchmarkScore(all.map((p) => shingleCounts(p.result.text, p.expected))).f1).toBeGreaterThanOrEqual(0.97);
    // bylines are names: no "By", no dates
    for (const { result } of all) expect(result.byline ?? '').not.toMatch(/^by\b|\d|\b(?:updated|published)\b/i);
  });

  it('reads the metadata Readability expects on a news page', () => {
    const dir = corpusPath('pages', 'readability', 'nytimes-1');
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { title: string; byline: string; lang: string };
    const result = extractArticle(readFileSync(path.join(dir, 'source.html'), 'utf8'));
    expect(result.title).toBe(expected.title);
    expect(result.byline).toBe(expected.byline);
    expect(result.lang).toBe(expected.lang);
  });

  it.each(['miniflux_github.html', 'miniflux_wikipedia.html'])('extracts text from the miniflux sanitizer page %s', (file) => {
    const result = extractArticle(readFileSync(corpusPath('pages', 'miniflux', 'sanitizer', file), 'utf8'));
    expect(result.text.length).toBeGreaterThan(500);
    expect(result.title.length).toBeGreaterThan(0);
  });

  it.each(['iso-8859-1.html', 'utf8.html', 'iso-8859-1-meta-after-1024.html', 'utf8-meta-after-1024.html'])('does not crash on the miniflux encoding page %s', (file) => {
    const result = extractArticle(readFileSync(corpusPath('pages', 'miniflux', 'encoding', file), 'latin1'));
    expect(typeof result.text).toBe('string');
  });
});
