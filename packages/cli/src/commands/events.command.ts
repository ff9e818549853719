import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError, type RunCommand } from '../command';
import { withOperator } from '../operator';

/** `wirelog events tail [--stream S] [--no-follow]`: events as JSON lines, following the log. */
export const eventsCommand: RunCommand = async (args) => {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { stream: { type: 'string' }, 'no-follow': { type: 'boolean' } },
  });
  if (positionals[0] !== 'tail' || positionals.length !== 1) throw new UsageError('expected `events tail`');
  await withOperator(async (ops) => {
    let stopped = false;
    process.once('SIGINT', () => (stopped = true));
    process.once('SIGTERM', () => (stopped = true));
    let after = '0';
    while (!stopped) {
      const { events, next } = await ops.events({ after, stream: values.stream, limit: 500 });
      for (const line of events) process.stdout.write(`${JSON.stringify(line)}\n`);
      if (next !== after) after = next;
      else if (values['no-follow']) break;
      else await sleep(500);
    }
  });
  return 0;
};
