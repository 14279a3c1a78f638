/**
 * Who is calling, for the sign-in limits per address. Behind a reverse proxy every
 * connection comes from the proxy, so with `trustedProxies` = N the address is the N-th
 * entry from the right of X-Forwarded-For (what the nearest trusted proxy saw); without
 * it the header is ignored, as any client can write one. IPv6 addresses count by their
 * /64 — one subscriber's whole network — so rotating through it gains nothing.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: number,
) {
  let address = socketAddress;
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    address = hops[hops.length - trustedProxies] ?? hops[0] ?? address;
  }
  return address ? addressKey(address) : null;
}

/** The address as the limits count it: IPv4 as is (also when IPv4-mapped), IPv6 by its /64. */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}
