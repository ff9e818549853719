import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
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

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An undici Agent whose sockets connect only to addresses the policy accepted.
 * The check runs inside the socket's own lookup, so the checked address is the one
 * dialled: there is no window for DNS rebinding. Host header and SNI keep the name.
 */
export function guardedAgent(resolve: HostLookup, allowed: AddressPolicy): Agent {
  const lookup = (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    resolve(hostname)
      .then((found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        const ok = wanted.filter((a) => allowed(a.address, a.family));
        const first = ok[0];
        if (!first) {
          const shown = found.map((a) => a.address).join(', ') || 'no address';
          throw new BlockedAddressError(hostname, `${hostname} resolves to a refused address (${shown})`, found[0]?.address);
        }
        if (options.all) callback(null, ok);
        else callback(null, first.address, first.family);
      })
      .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), ''));
  };
  return new Agent({ connect: { lookup } as never, keepAliveTimeout: 10_000 });
}
