import { parseArgs } from 'node:util';
import { formatProblem, loadFeedsConfig, opmlToFeedsYaml } from '@wirelog/feeds';
import { UsageError, type RunCommand } from '../command';
import { readInputFile } from './read-inputs';

/** `wirelog feeds validate F` and `wirelog feeds import-opml F`. */
export const feedsCommand: RunCommand = async (args) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [action, file, ...rest] = positionals;
  if (action !== 'validate' && action !== 'import-opml') throw new UsageError(`unknown feeds action ${action ?? '(none)'}`);
  if (!file || rest.length > 0) throw new UsageError('expected exactly one file');
  if (action === 'import-opml') {
    const imported = opmlToFeedsYaml(readInputFile(file).toString('utf8'));
    if (!imported.ok) {
      process.stderr.write(`${file}: ${imported.message}\n`);
      return 1;
    }
    for (const note of imported.notes) process.stderr.write(`${file}: ${note}\n`);
    process.stdout.write(imported.yaml);
    return 0;
  }
  const result = await loadFeedsConfig(file);
  if (result.ok) {
    process.stdout.write(`${file}: ${result.config.feeds.length} feed(s), valid\n`);
    return 0;
  }
  for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  return 1;
};
