import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventStore, LOG_START, cursorOf } from '@wirelog/event-store';
import { withRuntime } from '../context';
import { UsageError, type RunCommand } from '../command';

/** `wirelog events tail [--stream S] [--no-follow]`: events as JSON lines, following the log. */
export const eventsCommand: RunCommand = async (args) => {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { stream: { type: 'string' }, 'no-follow': { type: 'boolean' } },
  });
  if (positionals[0] !== 'tail' || positionals.length !== 1) throw new UsageError('expected `events tail`');
  await withRuntime({}, async ({ connections }) => {
    const store = new EventStore(connections.database);
    let stopped = false;
    process.once('SIGINT', () => (stopped = true));
    process.once('SIGTERM', () => (stopped = true));
    let cursor = LOG_START;
    while (!stopped) {
      const events = await store.readAll({ after: cursor, limit: 500 });
      for (const e of events) {
        if (values.stream && e.streamId !== values.stream) continue;
        const line = { position: e.globalPosition.toString(), stream: e.streamId, version: e.streamVersion, type: e.type, eventId: e.eventId, data: e.data, metadata: e.metadata, recordedAt: e.recordedAt };
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      if (events.length > 0) cursor = cursorOf(events[events.length - 1]!);
      else if (values['no-follow']) break;
      else await sleep(500);
    }
  });
  return 0;
};
