import { BlockList, isIP } from 'node:net';

/**
 * A client address as stored and shown: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, what Node reports
 * on dual-stack sockets) becomes plain IPv4, a zone id is dropped, and anything that is not an
 * IP address becomes `null` (so it can never break an insert into an `inet` column).
 */
export function normalizeIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  let value = ip.trim().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

const local = new BlockList();
local.addSubnet('127.0.0.0', 8, 'ipv4'); // loopback
local.addSubnet('10.0.0.0', 8, 'ipv4');
local.addSubnet('172.16.0.0', 12, 'ipv4');
local.addSubnet('192.168.0.0', 16, 'ipv4');
local.addSubnet('169.254.0.0', 16, 'ipv4'); // link-local
local.addAddress('::1', 'ipv6');
local.addSubnet('fc00::', 7, 'ipv6'); // unique local
local.addSubnet('fe80::', 10, 'ipv6'); // link-local

/** Loopback, private (RFC 1918, unique local) and link-local addresses. */
export function isLocalNetworkIp(ip: string): boolean {
  const normalized = normalizeIp(ip);
  if (!normalized) return false;
  return local.check(normalized, isIP(normalized) === 6 ? 'ipv6' : 'ipv4');
}
