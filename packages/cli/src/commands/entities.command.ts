import { extract } from '@wirelog/extraction';
import { UsageError, type Command } from '../command';
import { readInputs } from './read-inputs';

export const entitiesCommand: Command = {
  name: 'entities',
  usage: 'wirelog entities FILE... (- for stdin)',
  summary: 'print one JSON line per text file: {"file", "mentions": [...]}',
  async run(files) {
    if (files.length === 0) throw new UsageError('expected at least one file');
    for await (const { file, bytes } of readInputs(files)) {
      const { mentions, version } = extract(bytes.toString('utf8'));
      process.stdout.write(`${JSON.stringify({ file, version, mentions })}\n`);
    }
    return 0;
  },
};
