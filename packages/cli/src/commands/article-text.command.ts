import { parseArgs } from 'node:util';
import { decodeBody, extractArticle } from '@wirelog/feeds';
import { UsageError, type RunCommand } from '../command';
import { JsonLines } from './json-lines';
import { readInputs } from './read-inputs';

/** `wirelog article-text FILE.html... [--url U]`: one JSON line of main text and metadata per page. */
export const articleTextCommand: RunCommand = async (args) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('expected at least one HTML file');
  const out = new JsonLines();
  try {
    for await (const { file, bytes } of readInputs(positionals)) {
      const { text: html } = decodeBody(bytes, 'text/html');
      const page = extractArticle(html, { url: values.url });
      out.write({ file, title: page.title, byline: page.byline ?? null, publishedAt: page.publishedAt ?? null, lang: page.lang ?? null, text: page.text });
    }
  } finally {
    out.flush();
  }
  return 0;
};
