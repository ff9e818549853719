import { parseArgs } from 'node:util';
import { describeHolder, horizonHolder } from '@wirelog/event-store';
import { projectionStatus, projections, rebuildProjection, retryParked } from '@wirelog/projections';
import { withRuntime } from '../context';
import { UsageError, type RunCommand } from '../command';

/** `wirelog projections status`, `projections rebuild [name]` and `projections retry [name]`. */
export const projectionsCommand: RunCommand = async (args) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [action, name, ...rest] = positionals;
  const names = projections.map((p) => p.name);
  if (action === 'status') {
    if (name !== undefined) throw new UsageError('status takes no arguments');
    const [status, holder] = await withRuntime({}, ({ connections }) => Promise.all([projectionStatus(connections.database, names), horizonHolder(connections.database)]));
    for (const s of status) process.stdout.write(`${s.name}\tposition ${s.position}\tlag ${s.lagEvents} events, ${s.lagSeconds.toFixed(1)}s\tparked ${s.parkedEvents}\n`);
    // a transaction open for long holds every subscriber back: say whose
    process.stdout.write(`log horizon: ${holder && holder.ageSeconds >= 1 ? `held back by the ${describeHolder(holder)}` : 'not held back'}\n`);
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
  if (action === 'retry') {
    if (rest.length > 0) throw new UsageError('retry takes at most one projection name');
    const chosen = name ? projections.filter((p) => p.name === name) : projections;
    if (chosen.length === 0) throw new UsageError(`unknown projection ${name}; one of ${names.join(', ')}`);
    const results = await withRuntime({}, ({ connections }) => retryParked(connections.database, chosen));
    for (const r of results) process.stdout.write(`${r.projection}: applied ${r.applied}, still parked ${r.stillParked}\n`);
    return results.some((r) => r.stillParked > 0) ? 1 : 0;
  }
  throw new UsageError(`unknown projections action ${action ?? '(none)'}`);
};
