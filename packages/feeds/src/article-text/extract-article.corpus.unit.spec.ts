import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPath, describeWithCorpus } from '@wirelog/testing';
import { expect, it } from 'vitest';
import { visibleText } from '../../bench/visible-text';
import { extractArticle } from './extract-article';
import { wordF1 } from './word-f1';

describeWithCorpus('extractArticle on captured pages', () => {
  it('matches the expected main text of the Readability test pages (mean word F1 ≥ 0.99)', () => {
    const dir = corpusPath('pages', 'readability');
    const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(names.length).toBeGreaterThanOrEqual(130);
    const scores = names.map((name) => {
      const source = readFileSync(path.join(dir, name, 'source.html'), 'utf8');
      const expected = visibleText(readFileSync(path.join(dir, name, 'expected.html'), 'utf8'));
      return wordF1(extractArticle(source).text, expected).f1;
    });
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(0.99);
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
