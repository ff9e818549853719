import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a token may do; each role may also do everything of the roles before it. */
export const ROLES = ['reader', 'reviewer', 'admin'] as const;
export type TokenRole = (typeof ROLES)[number];

/** One line of the tokens file: never the token itself, only a salted hash of its secret. */
export interface TokenRecord {
  id: string;
  /** Unique; the `actor` of the events its holder appends. */
  name: string;
  role: TokenRole;
  createdAt: string;
  salt: string;
  hash: string;
}

/** `wl_<id>_<secret>`: the id finds the record, the secret (256 random bits) proves it. */
const TOKEN = /^wl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const grants = (held: TokenRole, needed: TokenRole) => ROLES.indexOf(held) >= ROLES.indexOf(needed);

const digest = (salt: string, secret: string) => createHmac('sha256', Buffer.from(salt, 'base64url')).update(secret).digest();

/** A new token and the record that verifies it; the token is shown once and stored nowhere. */
export function mintToken(name: string, role: TokenRole, now = new Date()): { token: string; record: TokenRecord } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('base64url');
  return {
    token: `wl_${id}_${secret}`,
    record: { id, name, role, createdAt: now.toISOString(), salt, hash: digest(salt, secret).toString('base64url') },
  };
}

// compared against when no record has the presented id, so a miss costs what a hit costs
const DECOY = mintToken('decoy', 'reader').record;

/** The record a presented token proves, or undefined. The secret is compared in constant time. */
export function verifyToken(presented: string, find: (id: string) => TokenRecord | undefined): TokenRecord | undefined {
  const match = TOKEN.exec(presented);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const record = find(id);
  const expected = Buffer.from((record ?? DECOY).hash, 'base64url');
  const actual = digest((record ?? DECOY).salt, secret);
  return timingSafeEqual(actual, expected) && record ? record : undefined;
}
