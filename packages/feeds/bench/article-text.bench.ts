/**
 * Main-text extraction quality and speed: wirelog's extractArticle vs Mozilla
 * Readability (jsdom) on every Readability test page, each against its own
 * expected.html: word-level precision/recall/F1 per page (means), and the public
 * article-extraction benchmark's scoring (4-word shingles, mean P and R, F1 of the means).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { corpusPath } from '@wirelog/testing';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/article-text/extract-article';
import { benchmarkScore, shingleCounts, type ShingleCounts } from '../src/article-text/shingle-score';
import { wordF1, type WordScore } from '../src/article-text/word-f1';
import { visibleText } from './visible-text';

interface Page {
  name: string;
  source: string;
  expected: string;
}

function loadPages(): Page[] {
  const dir = corpusPath('pages', 'readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      source: readFileSync(path.join(dir, d.name, 'source.html'), 'utf8'),
      expected: visibleText(readFileSync(path.join(dir, d.name, 'expected.html'), 'utf8')),
    }));
}

const virtualConsole = new VirtualConsole();

function readabilityText(html: string): string {
  const url = 'http://fakehost/test/page.html';
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url, virtualConsole });
  } catch {
    // jsdom's CSS parser throws on some inline styles; Readability drops <style> anyway.
    dom = new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole });
  }
  const text = new Readability(dom.window.document).parse()?.textContent ?? '';
  dom.window.close();
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Run {
  words: WordScore[];
  shingles: ShingleCounts[];
  seconds: number;
}

function run(pages: Page[], extract: (html: string) => string): Run {
  const start = performance.now();
  const texts = pages.map((p) => extract(p.source));
  const seconds = (performance.now() - start) / 1000;
  return {
    words: texts.map((text, i) => wordF1(text, pages[i]?.expected ?? '')),
    shingles: texts.map((text, i) => shingleCounts(text, pages[i]?.expected ?? '')),
    seconds,
  };
}

export default async function (): Promise<void> {
  const pages = loadPages();
  const ours = run(pages, (html) => extractArticle(html).text);
  const theirs = run(pages, readabilityText);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const row = (name: string, r: Run) => {
    const f1 = r.words.map((w) => w.f1);
    const benchmark = benchmarkScore(r.shingles);
    return {
      extractor: name,
      'word P': mean(r.words.map((w) => w.precision)).toFixed(4),
      'word R': mean(r.words.map((w) => w.recall)).toFixed(4),
      'word F1': mean(f1).toFixed(4),
      'median F1': median(f1).toFixed(4),
      'pages < 0.9': f1.filter((f) => f < 0.9).length,
      'benchmark P/R/F1': `${benchmark.precision.toFixed(4)}/${benchmark.recall.toFixed(4)}/${benchmark.f1.toFixed(4)}`,
      'pages/s': (pages.length / r.seconds).toFixed(1),
    };
  };
  console.log(`${pages.length} pages of corpus/pages/readability, each against its own expected.html (target: benchmark F1 ≥ 0.97)`);
  console.table([row('wirelog extractArticle (cheerio)', ours), row('@mozilla/readability + jsdom', theirs)]);
  const f1 = (r: Run): number => mean(r.words.map((w) => w.f1));
  console.log(
    `ratio wirelog/readability: word F1 ${(f1(ours) / f1(theirs)).toFixed(4)}, benchmark F1 ${(benchmarkScore(ours.shingles).f1 / benchmarkScore(theirs.shingles).f1).toFixed(4)}, speed ${(theirs.seconds / ours.seconds).toFixed(2)}x`,
  );
}
