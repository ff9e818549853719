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

export function createAccess(options: { tokensFile: string; reads: ReadAccess; logger: { error(obj: object, msg?: string): void } }): Access {
  return { tokens: new TokenStore(options.tokensFile, options.logger), reads: options.reads, attempts: new FailedAttempts() };
}

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="wirelog"' });

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
      const presented = /^Bearer +(\S+) *$/i.exec(header)?.[1];
      const principal = presented === undefined ? undefined : verifyToken(presented, (id) => access.tokens.find(id));
      if (!principal) {
        access.attempts.fail(address);
        throw unauthorized(presented === undefined ? 'the Authorization header must be "Bearer <token>"' : 'unknown or revoked token');
      }
      c.set('principal', principal);
    }
    await next();
  };
}

/** Lets through requests whose token has `role` or a higher one. */
export function requireRole(role: TokenRole): MiddlewareHandler {
  return async (c, next) => {
    const principal = c.get('principal') as TokenRecord | undefined;
    const needed = `${role === 'admin' ? 'an' : 'a'} ${role} token is required`;
    if (!principal) throw unauthorized(needed);
    if (!grants(principal.role, role)) throw new ApiError(403, 'forbidden', `${needed}; ${JSON.stringify(principal.name)} is ${principal.role === 'admin' ? 'an' : 'a'} ${principal.role}`);
    await next();
  };
}

/** `requireRole(role)` when reads are token-only, else nothing. */
export function requireWhenReadsClosed(access: Access, role: TokenRole): MiddlewareHandler {
  const guard = requireRole(role);
  return (c, next) => (access.reads === 'token' ? guard(c, next) : next());
}
