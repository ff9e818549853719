import { isIP } from 'node:net';

export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared'
  | 'multicast'
  | 'reserved'
  | 'documentation';

/** Decides whether the fetcher may connect to an already-resolved address. */
export type AddressPolicy = (address: string, family: 4 | 6) => boolean;

type Range4 = readonly [base: number, bits: number, kind: AddressKind];

const RANGES_4: readonly Range4[] = [
  [ip4(0, 0, 0, 0), 8, 'unspecified'],
  [ip4(10, 0, 0, 0), 8, 'private'],
  [ip4(100, 64, 0, 0), 10, 'shared'],
  [ip4(127, 0, 0, 0), 8, 'loopback'],
  [ip4(169, 254, 0, 0), 16, 'link-local'],
  [ip4(172, 16, 0, 0), 12, 'private'],
  [ip4(192, 0, 0, 0), 24, 'reserved'],
  [ip4(192, 0, 2, 0), 24, 'documentation'],
  [ip4(192, 168, 0, 0), 16, 'private'],
  [ip4(198, 18, 0, 0), 15, 'reserved'],
  [ip4(198, 51, 100, 0), 24, 'documentation'],
  [ip4(203, 0, 113, 0), 24, 'documentation'],
  [ip4(224, 0, 0, 0), 4, 'multicast'],
  [ip4(240, 0, 0, 0), 4, 'reserved'],
];

function ip4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function parse4(text: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = text.split('.').map(Number);
  return ip4(a, b, c, d);
}

function classify4(value: number): AddressKind {
  for (const [base, bits, kind] of RANGES_4) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if (((value & mask) >>> 0) === base) return kind;
  }
  return 'public';
}

/** Eight 16-bit groups; a trailing dotted quad counts as two groups. */
function parse6(text: string): number[] {
  let body = text.replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (quad?.[1]) {
    const v4 = parse4(quad[1]);
    body = `${body.slice(0, quad.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = body.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

/**
 * The IPv4 destinations an IPv6 address carries, by form: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96 and the
 * local-use 64:ff9b:1::/48), 6to4 (2002:AABB:CCDD::), Teredo (2001:0::/32, client XOR-ed), ISATAP
 * (…:0:5efe:a.b.c.d, …:200:5efe:a.b.c.d).
 */
function embeddedIpv4(g: number[]): number[] {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const last32 = ((g6 << 16) | g7) >>> 0;
  const found: number[] = [];
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0;
  if (upperZero && g4 === 0 && (g5 === 0xffff || g5 === 0)) found.push(last32);
  if (upperZero && g4 === 0xffff && g5 === 0) found.push(last32);
  if (g0 === 0x64 && g1 === 0xff9b && (g2 === 0 || g2 === 1)) found.push(last32);
  if (g0 === 0x2002) found.push(((g1 << 16) | g2) >>> 0);
  if (g0 === 0x2001 && g1 === 0) found.push(~last32 >>> 0);
  if ((g4 === 0 || g4 === 0x200) && g5 === 0x5efe) found.push(last32);
  return found;
}

function classify6(g: number[]): AddressKind {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0) {
    return g7 === 0 ? 'unspecified' : g7 === 1 ? 'loopback' : 'reserved';
  }
  // an embedded IPv4 destination that is not public decides, whatever the IPv6 prefix says
  for (const v4 of embeddedIpv4(g)) {
    const kind = classify4(v4);
    if (kind !== 'public') return kind;
  }
  // local-use NAT64 translates only inside its own network
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'reserved';
  if ((g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return 'link-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'documentation';
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved';
  return 'public';
}

/** What kind of destination an IP literal is; anything that is not an IP is 'reserved'. */
export function classifyAddress(address: string): AddressKind {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return classify4(parse4(bare));
  if (family === 6) return classify6(parse6(bare));
  return 'reserved';
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

export const publicOnly: AddressPolicy = (address) => isPublicAddress(address);
export const anyAddress: AddressPolicy = () => true;
