import { parseArgs } from 'node:util';
import { UsageError, type RunCommand } from '../command';
import { withOperator } from '../operator';

/** `wirelog reextract --article ID | --all`: the current extractor over stored text, no refetch. */
export const reextractCommand: RunCommand = async (args) => {
  const { values } = parseArgs({ args, options: { article: { type: 'string' }, all: { type: 'boolean' } } });
  if (Boolean(values.article) === Boolean(values.all)) throw new UsageError('give either --article ID or --all');
  const target = values.article ? { articleId: values.article } : { all: true as const };
  const summary = await withOperator((ops) => ops.reextract(target));
  process.stdout.write(`articles: ${summary.articles}, new extractions: ${summary.extracted}, unchanged: ${summary.unchanged}\n`);
  return 0;
};
