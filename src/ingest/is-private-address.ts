// Addresses a server-side fetcher must not reach on a user's behalf (SSRF): loopback, RFC 1918,
// link-local, carrier-grade NAT, unique-local IPv6 and the unspecified addresses. The CLI fetches
// from a user's own intranet; the HTTP API refuses these.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

function ipv4Private(ip: string): boolean {
  const [a = -1, b = -1] = ip.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
    || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}

function ipv6Private(ip: string): boolean {
  const lower = ip.toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // IPv4-mapped (::ffff:10.0.0.1) and IPv4-compatible forms are judged as IPv4.
  const mapped = /^(?:0*:)*(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1] !== undefined) return ipv4Private(mapped[1]);
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** True for an IP literal in a private, loopback, link-local or otherwise non-public range. */
export function isPrivateIp(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const version = isIP(bare.replace(/%.*$/, ''));
  if (version === 4) return ipv4Private(bare);
  if (version === 6) return ipv6Private(bare);
  return false;
}

export type HostLookup = (host: string) => Promise<readonly string[]>;

const systemLookup: HostLookup = async (host) => (await dnsLookup(host, { all: true })).map((a) => a.address);

/**
 * True when `host` is, or resolves to, a private address. A name that resolves to several
 * addresses is private if any of them is (the connection could go to any). `localhost` is
 * private without asking DNS. A name that does not resolve throws the resolver's error.
 */
export async function isPrivateAddress(host: string, lookup: HostLookup = systemLookup): Promise<boolean> {
  const bare = host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (isIP(bare.replace(/%.*$/, '')) !== 0) return isPrivateIp(bare);
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  return (await lookup(bare)).some(isPrivateIp);
}
