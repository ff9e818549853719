/**
 * Main-text extraction quality and speed: wirelog's extractArticle vs Mozilla
 * Readability (jsdom) on every Readability test page, scored by word-level F1
 * against the page's expected.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { corpusPath } from '@wirelog/testing';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/article-text/extract-article';
import { wordF1 } from '../src/article-text/word-f1';
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

function run(pages: Page[], extract: (html: string) => string): { f1: number[]; seconds: number } {
  const f1: number[] = [];
  const start = performance.now();
  const texts = pages.map((p) => extract(p.source));
  const seconds = (performance.now() - start) / 1000;
  texts.forEach((text, i) => f1.push(wordF1(text, pages[i]?.expected ?? '').f1));
  return { f1, seconds };
}

export default async function (): Promise<void> {
  const pages = loadPages();
  const ours = run(pages, (html) => extractArticle(html).text);
  const theirs = run(pages, readabilityText);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const row = (name: string, r: { f1: number[]; seconds: number }) => ({
    extractor: name,
    'mean F1': mean(r.f1).toFixed(4),
    'median F1': median(r.f1).toFixed(4),
    'pages < 0.9': r.f1.filter((f) => f < 0.9).length,
    'pages/s': (pages.length / r.seconds).toFixed(1),
  });
  console.log(`${pages.length} pages of corpus/pages/readability, word-level F1 vs expected.html`);
  console.table([row('wirelog extractArticle (cheerio)', ours), row('@mozilla/readability + jsdom', theirs)]);
  console.log(
    `ratio wirelog/readability: mean F1 ${(mean(ours.f1) / mean(theirs.f1)).toFixed(4)}, speed ${(theirs.seconds / ours.seconds).toFixed(2)}x`,
  );
}
