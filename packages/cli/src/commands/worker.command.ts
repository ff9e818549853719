import { parseArgs } from 'node:util';
import { ROLES, serve, type Role } from '@wirelog/pipeline';
import { UsageError, type RunCommand } from '../command';

/** `wirelog worker ROLE [--feeds F] [--host H]`: one role, what each services/* container runs. */
export const workerCommand: RunCommand = async (args) => {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { feeds: { type: 'string' }, host: { type: 'string' } } });
  const role = positionals[0];
  if (!ROLES.includes(role as Role) || positionals.length !== 1) throw new UsageError(`expected one role: ${ROLES.join(', ')}`);
  const env = { ...process.env, ...(values.feeds && { WIRELOG_FEEDS: values.feeds }), ...(values.host && { WIRELOG_HOST: values.host }) };
  return serve([role as Role], { env });
};
