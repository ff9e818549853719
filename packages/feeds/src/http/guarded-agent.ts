import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import type { AddressPolicy } from './address-policy';
import { BlockedAddressError } from './fetch-errors';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Injectable name resolution (tests point names at loopback without touching DNS). */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: HostLookup = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * An undici Agent whose sockets connect only to addresses the policy accepted.
 * The check runs inside the socket's own lookup, so the checked address is the one
 * dialled: there is no window for DNS rebinding. Host header and SNI keep the name.
 */
function pick(hostname: string, found: ResolvedAddress[], family: unknown, allowed: AddressPolicy): ResolvedAddress[] {
  const wantedFamily = family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family;
  const wanted = wantedFamily === 4 || wantedFamily === 6 ? found.filter((a) => a.family === wantedFamily) : found;
  const ok = wanted.filter((a) => allowed(a.address, a.family));
  if (ok.length === 0) {
    const shown = found.map((a) => a.address).join(', ') || 'no address';
    throw new BlockedAddressError(hostname, `${hostname} resolves to a refused address (${shown})`, found[0]?.address);
  }
  return ok;
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * An undici Agent whose sockets connect only to addresses the policy accepted.
 * The check runs inside the socket's own lookup, so the checked address is the one
 * dialled: there is no window for DNS rebinding. Host header and SNI keep the name.
 */
export function guardedAgent(resolve: HostLookup, allowed: AddressPolicy): Agent {
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        let ok: ResolvedAddress[];
        try {
          ok = pick(hostname, found, options.family, allowed);
        } catch (err) {
          callback(asError(err), '');
          return;
        }
        const first = ok[0] as ResolvedAddress;
        if (options.all) callback(null, ok);
        else callback(null, first.address, first.family);
      },
      (err: unknown) => callback(asError(err), ''),
    );
  };
  return new Agent({ connect: { lookup }, keepAliveTimeout: 10_000 });
}
