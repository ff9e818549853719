import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';
import { FailedAttempts } from './failed-attempts';
import { TokenStore } from './token-store';
import { grants, verifyToken, type TokenRecord, type TokenRole } from './tokens';

declare module 'hono' {
  interface ContextVariableMap {
    /** The token a request proved, when it sent one. */
    principal: TokenRecord;
  }
}

/** `open`: anyone may read; `token`: reads (and the API port's `/metrics`, admin) need a token. */
export type ReadAccess = 'open' | 'token';

export interface Access {
  tokens: TokenStore;
  reads: ReadAccess;
  attempts: FailedAttempts;
}

export function createAccess(options: {
  tokensFile: string;
  reads: ReadAccess;
  logger: { error(obj: object, msg?: string): void };
  /** Tokens valid for this process's life only (`operator.json` of an embedded instance). */
  processTokens?: TokenRecord[];
}): Access {
  return { tokens: new TokenStore(options.tokensFile, options.logger, 1_000, options.processTokens), reads: options.reads, attempts: new FailedAttempts() };
}

/** How a 401 asks for a token: `Bearer` for programs; `Basic` makes a browser ask for it (any user name, the token as password). */
export type Challenge = 'Bearer' | 'Basic';

const unauthorized = (message: string, challenge: Challenge = 'Bearer') =>
  new ApiError(401, 'unauthorized', message, { 'WWW-Authenticate': `${challenge} realm="wirelog"` });

/** The token of `Bearer <token>`, or the password of `Basic base64(name:token)`. */
function presentedToken(header: string): string | undefined {
  const [, scheme, credentials] = /^(\w+) +(\S+) *$/.exec(header) ?? [];
  if (scheme?.toLowerCase() === 'bearer') return credentials;
  if (scheme?.toLowerCase() !== 'basic' || !/^[A-Za-z0-9+/]+=*$/.test(credentials!)) return undefined;
  const decoded = Buffer.from(credentials!, 'base64').toString('utf8');
  return decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : undefined;
}

/** The peer's address as the socket says; a proxy's forwarding headers are not trusted. */
function clientAddress(c: Context): string {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';
}

/**
 * Checks the bearer token a request carries, if any, and remembers whose it
 * is; a wrong one is a 401 even where no token is needed, and counts against
 * the client's address (10 a minute, then 429 until the minute ends).
 */
export function authenticate(access: Access): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header !== undefined) {
      const address = clientAddress(c);
      const waitMs = access.attempts.lockedFor(address);
      if (waitMs > 0) {
        throw new ApiError(429, 'too_many_attempts', 'too many failed token attempts from this address', { 'Retry-After': String(Math.ceil(waitMs / 1000)) });
      }
      const presented = presentedToken(header);
      const principal = presented === undefined ? undefined : verifyToken(presented, (id) => access.tokens.find(id));
      if (!principal) {
        access.attempts.fail(address);
        throw unauthorized(presented === undefined ? 'the Authorization header must be "Bearer <token>" (or Basic with the token as password)' : 'unknown or revoked token');
      }
      c.set('principal', principal);
    }
    await next();
  };
}

/** Lets through requests whose token has `role` or a higher one. */
export function requireRole(role: TokenRole, challenge: Challenge = 'Bearer'): MiddlewareHandler {
  return async (c, next) => {
    const principal = c.get('principal') as TokenRecord | undefined;
    const needed = `${role === 'admin' ? 'an' : 'a'} ${role} token is required`;
    if (!principal) throw unauthorized(needed, challenge);
    if (!grants(principal.role, role)) throw new ApiError(403, 'forbidden', `${needed}; ${JSON.stringify(principal.name)} is ${principal.role === 'admin' ? 'an' : 'a'} ${principal.role}`);
    await next();
  };
}

/** `requireRole(role)` when reads are token-only, else nothing. */
export function requireWhenReadsClosed(access: Access, role: TokenRole): MiddlewareHandler {
  const guard = requireRole(role);
  return (c, next) => (access.reads === 'token' ? guard(c, next) : next());
}
