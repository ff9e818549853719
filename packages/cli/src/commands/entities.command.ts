import { parseArgs } from 'node:util';
import { extract } from '@wirelog/extraction';
import { UsageError, type RunCommand } from '../command';
import { JsonLines } from './json-lines';
import { readInputs } from './read-inputs';

/** `wirelog entities FILE...`: one JSON line of mentions per text file, `-` for stdin. */
export const entitiesCommand: RunCommand = async (args) => {
  const { positionals: files } = parseArgs({ args, allowPositionals: true, options: {} });
  if (files.length === 0) throw new UsageError('expected at least one file');
  const out = new JsonLines();
  try {
    for await (const { file, bytes } of readInputs(files)) {
      const { mentions, version } = extract(bytes.toString('utf8'));
      out.write({ file, version, mentions });
    }
  } finally {
    out.flush();
  }
  return 0;
};
