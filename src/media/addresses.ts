/**
 * Which network addresses remote media may come from: the public internet only. Loopback, unspecified, private,
 * carrier-grade NAT, link-local, unique-local, multicast and reserved ranges are refused, IPv4 and IPv6 alike, and
 * an IPv4 address wrapped in IPv6 (mapped, compatible, NAT64, 6to4) is judged as the IPv4 address it carries.
 */
import net from 'node:net';

/** [network, prefix length] */
const BLOCKED_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function v4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inV4Range(value: number, [base, bits]: [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(v4Number(base) / size);
}

/** The eight 16-bit groups of an IPv6 address (with "::" expanded and a trailing dotted quad converted). */
export function v6Groups(address: string): number[] {
  let text = address.split('%')[0].toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const n = v4Number(quad[1]);
    text = `${text.slice(0, -quad[1].length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  const middle = tail === undefined ? [] : new Array(8 - front.length - back.length).fill(0);
  return [...front, ...middle, ...back];
}

const v4FromGroups = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

function isPublicV6(address: string): boolean {
  const g = v6Groups(address);
  const zeroes = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 5) && g[5] === 0xffff) return isPublicV4(v4FromGroups(g[6], g[7])); // ::ffff:a.b.c.d, mapped
  if (zeroes(0, 6)) return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && zeroes(2, 6)) return isPublicV4(v4FromGroups(g[6], g[7])); // NAT64
  if (g[0] === 0x2002) return isPublicV4(v4FromGroups(g[1], g[2])); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return false; // fc00::/7 unique local
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return false; // fe80::/10 link-local, fec0::/10 site-local
  if ((g[0] & 0xff00) === 0xff00) return false; // multicast
  if (g[0] === 0x2001 && g[1] === 0xdb8) return false; // documentation
  if (g[0] === 0x100 && zeroes(1, 4)) return false; // discard-only 100::/64
  return true;
}

function isPublicV4(address: string): boolean {
  const value = v4Number(address);
  return !BLOCKED_V4.some((range) => inV4Range(value, range));
}

/** True when `address` (an IPv4 or IPv6 literal) is on the public internet; anything unparseable is not. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address.split('%')[0]);
  if (family === 4) return isPublicV4(address);
  if (family === 6) return isPublicV6(address);
  return false;
}
