import { readFile } from 'node:fs/promises';
import { formatProblem, loadFeedsConfig, opmlToFeedsYaml } from '@wirelog/feeds';
import { UsageError, type Command } from '../command';

export const feedsCommand: Command = {
  name: 'feeds',
  usage: 'wirelog feeds validate F | wirelog feeds import-opml F',
  summary: 'check a feeds file (file:line:col: message per problem), or print OPML as feeds.yaml entries',
  async run([action, file, ...rest]) {
    if (!file || rest.length > 0) throw new UsageError('expected exactly one file');
    if (action === 'validate') {
      const result = await loadFeedsConfig(file);
      if (result.ok) {
        process.stdout.write(`${file}: ${result.config.feeds.length} feed(s), valid\n`);
        return 0;
      }
      for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      return 1;
    }
    if (action === 'import-opml') {
      const imported = opmlToFeedsYaml(await readFile(file, 'utf8'));
      if (!imported.ok) {
        process.stderr.write(`${file}: ${imported.message}\n`);
        return 1;
      }
      for (const note of imported.notes) process.stderr.write(`${file}: ${note}\n`);
      process.stdout.write(imported.yaml);
      return 0;
    }
    throw new UsageError(`unknown feeds action ${action ?? '(none)'}`);
  },
};
