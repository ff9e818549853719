import { parseArgs } from 'node:util';
import { projectionStatus, projections, rebuildProjection } from '@wirelog/projections';
import { withRuntime } from '../context';
import { UsageError, type RunCommand } from '../command';

/** `wirelog projections status` and `wirelog projections rebuild [name]`. */
export const projectionsCommand: RunCommand = async (args) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [action, name, ...rest] = positionals;
  const names = projections.map((p) => p.name);
  if (action === 'status') {
    if (name !== undefined) throw new UsageError('status takes no arguments');
    const status = await withRuntime({}, ({ connections }) => projectionStatus(connections.database, names));
    for (const s of status) process.stdout.write(`${s.name}\tposition ${s.position}\tlag ${s.lagEvents} events, ${s.lagSeconds.toFixed(1)}s\n`);
    return 0;
  }
  if (action === 'rebuild') {
    if (rest.length > 0) throw new UsageError('rebuild takes at most one projection name');
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
};
