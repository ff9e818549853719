import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { mintToken, ROLES, type TokenRecord, type TokenRole } from './tokens';

const base64url = (bytes: number) => z.string().refine((s) => /^[A-Za-z0-9_-]+$/.test(s) && Buffer.from(s, 'base64url').length === bytes, `must be ${bytes} bytes in base64url`);

/** A token's name: the actor of its holder's events, so a short plain word. */
export const TOKEN_NAME = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a name is 1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit');

const record = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  name: TOKEN_NAME,
  role: z.enum(ROLES),
  createdAt: z.iso.datetime(),
  salt: base64url(16),
  hash: base64url(32),
});
const tokensFileSchema = z.strictObject({ version: z.literal(1), tokens: z.array(record) });

export class TokensFileError extends Error {
  readonly retryable = false;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TokensFileError';
  }
}

/** The records of a tokens file; a missing file holds none. */
export function readTokensFile(file: string): TokenRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new TokensFileError(`${file}: ${(error as Error).message}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TokensFileError(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = tokensFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TokensFileError(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const names = new Set<string>();
  for (const t of parsed.data.tokens) {
    if (names.has(t.name)) throw new TokensFileError(`${file}: two tokens are named ${JSON.stringify(t.name)}`);
    names.add(t.name);
  }
  return parsed.data.tokens;
}

/** Replaces the file in one rename, readable by its owner only (hashes are not secrets, but need not be public). */
function writeTokensFile(file: string, tokens: TokenRecord[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ version: 1, tokens }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
}

/** Adds a token named `name`; returns it (the only time it exists outside its holder's hands). */
export function createToken(file: string, name: string, role: TokenRole): { token: string; record: TokenRecord } {
  const tokens = readTokensFile(file);
  if (tokens.some((t) => t.name === name)) throw new TokensFileError(`a token named ${JSON.stringify(name)} exists already (revoke it first)`);
  const minted = mintToken(name, role);
  writeTokensFile(file, [...tokens, minted.record]);
  return minted;
}

/** Removes the token with this name (or id); returns it, or undefined when there is none. */
export function revokeToken(file: string, nameOrId: string): TokenRecord | undefined {
  const tokens = readTokensFile(file);
  const revoked = tokens.find((t) => t.name === nameOrId || t.id === nameOrId);
  if (revoked) writeTokensFile(file, tokens.filter((t) => t !== revoked));
  return revoked;
}
