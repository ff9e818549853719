import { parseArgs } from 'node:util';
import { UsageError, type RunCommand } from '../command';
import { withOperator } from '../operator';

/** `wirelog reextract --article ID | --all`: the current extractor over stored text, no refetch; then how the corrections fare. */
export const reextractCommand: RunCommand = async (args) => {
  const { values } = parseArgs({ args, options: { article: { type: 'string' }, all: { type: 'boolean' } } });
  if (Boolean(values.article) === Boolean(values.all)) throw new UsageError('give either --article ID or --all');
  const target = values.article ? { articleId: values.article } : { all: true as const };
  const summary = await withOperator((ops) => ops.reextract(target));
  const { agree, apply, orphaned } = summary.corrections;
  process.stdout.write(
    `articles: ${summary.articles}, new extractions: ${summary.extracted}, unchanged: ${summary.unchanged}\n` +
      `corrections: ${agree} agree with the new extraction, ${apply} still apply, ${orphaned} orphaned\n`,
  );
  return 0;
};
