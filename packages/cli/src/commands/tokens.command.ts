import { parseArgs } from 'node:util';
import { createToken, readTokensFile, revokeToken, TOKEN_NAME, TOKEN_ROLES, type TokenRole } from '@wirelog/api';
import { loadConfig } from '@wirelog/runtime';
import { CommandError, UsageError, type RunCommand } from '../command';

/** `wirelog tokens create --role R --name N`, `tokens list`, `tokens revoke N`: the API's tokens file (SPEC §8). */
export const tokensCommand: RunCommand = async (args) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } } });
  const [action, ...rest] = positionals;
  const { tokensFile } = loadConfig(process.env);
  if (action === 'create') {
    if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}`);
    if (!TOKEN_ROLES.includes(values.role as TokenRole)) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}`);
    const name = TOKEN_NAME.safeParse(values.name);
    if (!name.success) throw new UsageError(values.name === undefined ? '--name is required' : `--name: ${name.error.issues[0]!.message}`);
    const { token, record } = createToken(tokensFile, name.data, values.role as TokenRole);
    process.stderr.write(`${record.role} token ${JSON.stringify(record.name)} written to ${tokensFile} (only its hash); it is shown once:\n`);
    process.stdout.write(`${token}\n`);
    return 0;
  }
  if (values.role !== undefined || values.name !== undefined) throw new UsageError('--role and --name go with create');
  if (action === 'list') {
    if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}`);
    const tokens = readTokensFile(tokensFile);
    if (tokens.length === 0) process.stderr.write(`no tokens in ${tokensFile}\n`);
    for (const t of tokens) process.stdout.write(`${t.name}\t${t.role}\t${t.id}\t${t.createdAt}\n`);
    return 0;
  }
  if (action === 'revoke') {
    if (rest.length !== 1) throw new UsageError('give the name (or id) of one token');
    const revoked = revokeToken(tokensFile, rest[0]!);
    if (!revoked) throw new CommandError(`no token named ${JSON.stringify(rest[0])} in ${tokensFile}`);
    process.stdout.write(`revoked ${revoked.role} token ${JSON.stringify(revoked.name)}\n`);
    return 0;
  }
  throw new UsageError(`unknown tokens action ${action ?? '(none)'}`);
};
