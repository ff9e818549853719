import { projectionStatus, projections, rebuildProjection } from '@wirelog/projections';
import { withRuntime } from '../context';
import { UsageError, type Command } from '../command';

export const projectionsCommand: Command = {
  name: 'projections',
  usage: 'wirelog projections status | wirelog projections rebuild [name]',
  summary: "show each projection's position and lag, or rebuild read tables from the log without downtime",
  async run([action, name, ...rest]) {
    if (rest.length > 0) throw new UsageError('too many arguments');
    const names = projections.map((p) => p.name);
    if (action === 'status') {
      const status = await withRuntime({}, ({ connections }) => projectionStatus(connections.database, names));
      for (const s of status) process.stdout.write(`${s.name}\tposition ${s.position}\tlag ${s.lagEvents} events, ${s.lagSeconds.toFixed(1)}s\n`);
      return 0;
    }
    if (action === 'rebuild') {
      const chosen = name ? projections.filter((p) => p.name === name) : projections;
      if (chosen.length === 0) throw new UsageError(`unknown projection ${name}; one of ${names.join(', ')}`);
      await withRuntime({}, async ({ connections }) => {
        for (const projection of chosen) {
          const started = performance.now();
          const { events } = await rebuildProjection(connections.database, projection);
          const seconds = (performance.now() - started) / 1000;
          process.stdout.write(`${projection.name}: rebuilt from ${events} events in ${seconds.toFixed(2)}s\n`);
        }
      });
      return 0;
    }
    throw new UsageError(`unknown projections action ${action ?? '(none)'}`);
  },
};
