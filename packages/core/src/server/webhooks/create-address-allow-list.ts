import { BlockList, isIP } from 'node:net';
import { SmsError } from '../../errors/sms-error';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** `::ffff:203.0.113.5` (how a dual-stack socket reports an IPv4 peer) becomes `203.0.113.5`. */
export function unmapAddress(address: string): string {
  const mapped = IPV4_MAPPED.exec(address);
  return mapped === null ? address : mapped[1]!;
}

/**
 * Removes a port some proxies add to the forwarded address a framework reports (`203.0.113.5:4711`,
 * `[2001:db8::1]:4711`): Express's `req.ip` passes X-Forwarded-For entries on as written.
 */
export function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed !== null) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort === null ? address : ipv4WithPort[1]!;
}

/**
 * Builds a check of a caller's address against addresses and CIDR ranges (`203.0.113.5`,
 * `203.0.113.0/24`, `2001:db8::/32`). An entry that is not an address fails here, at startup.
 */
export function createAddressAllowList(
  entries: readonly string[],
  owner = 'createAddressAllowList',
): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = String(entry).trim().split('/');
    const unmapped = unmapAddress(address);
    const family = isIP(unmapped);
    const maximum = family === 4 ? 32 : 128;
    const bits = prefix === undefined ? maximum : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (family === 0 || rest.length > 0 || !(bits <= maximum)) {
      throw new SmsError(
        `${owner}: allowIps entry "${entry}" is not an IP address or CIDR range (such as 203.0.113.0/24).`,
        { code: 'INVALID_INPUT' },
      );
    }
    list.addSubnet(unmapped, bits, family === 4 ? 'ipv4' : 'ipv6');
  }
  return (address) => {
    if (address === undefined) return false;
    const unmapped = unmapAddress(withoutPort(address.trim()));
    const family = isIP(unmapped);
    if (family === 0) return false;
    return list.check(unmapped, family === 4 ? 'ipv4' : 'ipv6');
  };
}
