import { parseArgs } from 'node:util';
import { reextract } from '@wirelog/pipeline';
import { withRuntime } from '../context';
import { UsageError, type Command } from '../command';

export const reextractCommand: Command = {
  name: 'reextract',
  usage: 'wirelog reextract --article ID | --all',
  summary: 'run the current extractor again over stored article text (no refetch)',
  async run(args) {
    const { values } = parseArgs({ args, options: { article: { type: 'string' }, all: { type: 'boolean' } } });
    if (Boolean(values.article) === Boolean(values.all)) throw new UsageError('give either --article ID or --all');
    const target = values.article ? { articleId: values.article } : { all: true as const };
    const summary = await withRuntime({}, ({ deps }) => reextract(deps, target));
    process.stdout.write(`articles: ${summary.articles}, new extractions: ${summary.extracted}, unchanged: ${summary.unchanged}\n`);
    return 0;
  },
};
