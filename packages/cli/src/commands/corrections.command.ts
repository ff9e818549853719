import { parseArgs } from 'node:util';
import { UsageError, type RunCommand } from '../command';
import { withOperator } from '../operator';
import { JsonLines } from './json-lines';

/** `wirelog corrections export`: the reviewed articles as labelled JSON lines (docs/quality.md), a page at a time. */
export const correctionsCommand: RunCommand = async (args) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals[0] !== 'export' || positionals.length !== 1) throw new UsageError('expected `corrections export`');
  const out = new JsonLines();
  try {
    await withOperator(async (ops) => {
      let after: string | undefined;
      do {
        const page = await ops.correctionsExport({ after, limit: 100 });
        for (const line of page.lines) out.write(line);
        after = page.next ?? undefined;
      } while (after !== undefined);
    });
  } finally {
    out.flush();
  }
  return 0;
};
