import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FailedAttempts } from './failed-attempts';
import { TokenStore } from './token-store';
import { createToken, readTokensFile, revokeToken } from './tokens-file';
import { grants, mintToken, verifyToken, type TokenRecord } from './tokens';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'wirelog-tokens-')), 'tokens.json');
const finder = (records: TokenRecord[]) => (id: string) => records.find((r) => r.id === id);

describe('tokens', () => {
  it('verifies a minted token, and nothing that differs from it in id, secret or form', () => {
    const { token, record } = mintToken('ana', 'reviewer');
    expect(token).toMatch(/^wl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(verifyToken(token, finder([record]))).toBe(record);
    const secret = token.slice(16);
    const flipped = `${token.slice(0, 16)}${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`;
    for (const wrong of [flipped, `wl_000000000000_${secret}`, token.slice(0, -1), `${token}x`, '', 'Bearer', token.toUpperCase()]) {
      expect(verifyToken(wrong, finder([record])), wrong).toBeUndefined();
    }
    // a token of another file's record with the same id does not pass
    const other = mintToken('ana', 'reviewer').record;
    expect(verifyToken(token, finder([{ ...other, id: record.id }]))).toBeUndefined();
  });

  it('ranks roles: admin may do what a reviewer may, a reviewer what a reader may', () => {
    expect(grants('admin', 'reviewer') && grants('reviewer', 'reader') && grants('reader', 'reader')).toBe(true);
    expect(grants('reader', 'reviewer') || grants('reviewer', 'admin')).toBe(false);
  });

  it('keeps only salted hashes in a file its owner alone may read, and revokes by name or id', () => {
    const file = tempFile();
    const ana = createToken(file, 'ana', 'reviewer');
    const ops = createToken(file, 'ops', 'admin');
    const text = readFileSync(file, 'utf8');
    for (const { token } of [ana, ops]) expect(text).not.toContain(token.slice(16));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readTokensFile(file).map((t) => [t.name, t.role])).toEqual([['ana', 'reviewer'], ['ops', 'admin']]);
    expect(ana.record.salt).not.toBe(ops.record.salt);
    expect(() => createToken(file, 'ana', 'reader')).toThrow('a token named "ana" exists already (revoke it first)');
    expect(revokeToken(file, 'ana')?.id).toBe(ana.record.id);
    expect(revokeToken(file, ops.record.id)?.name).toBe('ops');
    expect(revokeToken(file, 'nobody')).toBeUndefined();
    expect(readTokensFile(file)).toEqual([]);
  });

  it('says where a tokens file is broken, and reads a missing one as empty', () => {
    const file = tempFile();
    expect(readTokensFile(file)).toEqual([]);
    writeFileSync(file, '{"version":1,"tokens":[');
    expect(() => readTokensFile(file)).toThrow(`${file}: not JSON`);
    const { record } = mintToken('ana', 'reader');
    writeFileSync(file, JSON.stringify({ version: 1, tokens: [{ ...record, role: 'root' }] }));
    expect(() => readTokensFile(file)).toThrow(`${file}: tokens.0.role:`);
    writeFileSync(file, JSON.stringify({ version: 1, tokens: [{ ...record, hash: 'c2hvcnQ' }] }));
    expect(() => readTokensFile(file)).toThrow(`${file}: tokens.0.hash: must be 32 bytes in base64url`);
    writeFileSync(file, JSON.stringify({ version: 1, tokens: [record, { ...mintToken('ana', 'admin').record }] }));
    expect(() => readTokensFile(file)).toThrow(`${file}: two tokens are named "ana"`);
  });

  it('sees tokens created and revoked after it started, and keeps the last good tokens when the file breaks', () => {
    const file = tempFile();
    const errors: object[] = [];
    const store = new TokenStore(file, { error: (obj) => void errors.push(obj) }, 0);
    const { record } = createToken(file, 'ana', 'reader');
    expect(store.find(record.id)?.name).toBe('ana');
    writeFileSync(file, 'not json at all');
    expect(store.find(record.id)?.name).toBe('ana');
    expect(errors).toHaveLength(1);
    writeFileSync(file, JSON.stringify({ version: 1, tokens: [] }));
    expect(store.find(record.id)).toBeUndefined();
  });
});

describe('failed attempts', () => {
  it('locks an address out after max failures until its window ends, others unaffected', () => {
    const attempts = new FailedAttempts({ max: 3, windowMs: 1_000, capacity: 100 });
    for (const at of [0, 10, 20]) {
      expect(attempts.lockedFor('a', at)).toBe(0);
      attempts.fail('a', at);
    }
    expect(attempts.lockedFor('a', 500)).toBe(500);
    expect(attempts.lockedFor('b', 500)).toBe(0);
    expect(attempts.lockedFor('a', 1_000)).toBe(0);
    attempts.fail('a', 1_001); // a new window
    expect(attempts.lockedFor('a', 1_002)).toBe(0);
  });

  it('forgets the least recently failing addresses beyond its capacity', () => {
    const attempts = new FailedAttempts({ max: 1, windowMs: 60_000, capacity: 2 });
    attempts.fail('a', 0);
    attempts.fail('b', 1);
    attempts.fail('a', 2);
    attempts.fail('c', 3);
    expect([attempts.lockedFor('a', 4) > 0, attempts.lockedFor('b', 4) > 0, attempts.lockedFor('c', 4) > 0]).toEqual([true, false, true]);
  });
});
