import { parseArgs } from 'node:util';
import { projections } from '@wirelog/projections';
import { UsageError, type RunCommand } from '../command';
import { withOperator } from '../operator';

/** `wirelog projections status`, `projections rebuild [name]` and `projections retry [name]`. */
export const projectionsCommand: RunCommand = async (args) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [action, name, ...rest] = positionals;
  const names = projections.map((p) => p.name);
  if (action === 'status') {
    if (name !== undefined) throw new UsageError('status takes no arguments');
    const { projections: status, horizon } = await withOperator((ops) => ops.projectionsStatus());
    for (const s of status) process.stdout.write(`${s.name}\tposition ${s.position}\tlag ${s.lagEvents} events, ${s.lagSeconds.toFixed(1)}s\tparked ${s.parkedEvents}\n`);
    // a transaction open for long holds every subscriber back: say whose
    process.stdout.write(`log horizon: ${horizon ? `held back by the ${horizon}` : 'not held back'}\n`);
    return 0;
  }
  if (action !== 'rebuild' && action !== 'retry') throw new UsageError(`unknown projections action ${action ?? '(none)'}`);
  if (rest.length > 0) throw new UsageError(`${action} takes at most one projection name`);
  if (name !== undefined && !names.includes(name)) throw new UsageError(`unknown projection ${name}; one of ${names.join(', ')}`);
  if (action === 'rebuild') {
    for (const r of await withOperator((ops) => ops.rebuild(name))) process.stdout.write(`${r.projection}: rebuilt from ${r.events} events in ${r.seconds.toFixed(2)}s\n`);
    return 0;
  }
  const results = await withOperator((ops) => ops.retry(name));
  for (const r of results) process.stdout.write(`${r.projection}: applied ${r.applied}, still parked ${r.stillParked}\n`);
  return results.some((r) => r.stillParked > 0) ? 1 : 0;
};
