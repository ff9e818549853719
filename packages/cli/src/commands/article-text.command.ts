import { parseArgs } from 'node:util';
import { decodeBody, extractArticle } from '@wirelog/feeds';
import { UsageError, type Command } from '../command';
import { readInputs } from './read-inputs';

export const articleTextCommand: Command = {
  name: 'article-text',
  usage: 'wirelog article-text FILE.html... [--url U]',
  summary: 'print one JSON line per page: {"file", "title", "byline", "publishedAt", "lang", "text"}',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' } } });
    if (positionals.length === 0) throw new UsageError('expected at least one HTML file');
    for await (const { file, bytes } of readInputs(positionals)) {
      const { text: html } = decodeBody(bytes, 'text/html');
      const page = extractArticle(html, { url: values.url });
      const line = { file, title: page.title, byline: page.byline ?? null, publishedAt: page.publishedAt ?? null, lang: page.lang ?? null, text: page.text };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    return 0;
  },
};
