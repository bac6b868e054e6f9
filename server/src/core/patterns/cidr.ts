// IP addresses and the `cidr` operator, IPv4 and IPv6, as EventBridge reads them: the same address
// syntax, the same error messages, and the same block: the whole network the address is in.

export interface IpBlock {
  /** 4 for IPv4, 16 for IPv6. */
  readonly size: number;
  readonly low: Uint8Array;
  readonly high: Uint8Array;
}

export type CidrParse = { readonly block: IpBlock } | { readonly error: string };

// What EventBridge treats as an address attempt; anything else is "nonstandard".
const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6_SHAPE = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

/** The bytes of an IPv4 or IPv6 literal; undefined when `text` is not one. */
export function parseIp(text: string): Uint8Array | undefined {
  if (IPV4_SHAPE.test(text)) return parseIpv4(text);
  if (IPV6_SHAPE.test(text)) {
    const bytes = parseIpv6(text);
    // An IPv4-mapped IPv6 address (::ffff:a00:1) is the IPv4 address, as Java's resolver reads it.
    if (bytes && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
    return bytes;
  }
  return undefined;
}

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const n = Number(parts[i]);
    if (!(n <= 255)) return undefined;
    bytes[i] = n;
  }
  return bytes;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
  const all = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** Reads `address/bits`; errors are EventBridge's. */
export function parseCidr(text: string): CidrParse {
  // Java's split drops trailing empty strings: "10.0.0.0/" has one part.
  const parts = text.split('/');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length !== 2) return { error: "Malformed CIDR, one '/' required" };
  const bitsText = parts[1]!;
  const bits = /^[+-]?[0-9]+$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!Number.isInteger(bits) || Math.abs(bits) > 2147483647) return { error: 'Malformed CIDR, mask bits must be an integer' };
  if (bits < 0) return { error: 'Malformed CIDR, mask bits must not be negative' };
  const address = parts[0]!;
  const shaped = IPV4_SHAPE.test(address) || IPV6_SHAPE.test(address);
  const low = shaped ? parseIp(address) : undefined;
  if (!low) return { error: shaped ? `Invalid IP address: ${address}` : `Nonstandard IP address: ${address}` };
  if (low.length === 4 && bits > 31) return { error: 'IPv4 mask bits must be < 32' };
  if (low.length === 16 && bits > 127) return { error: 'IPv6 mask bits must be < 128' };
  // The block is the whole network, as CIDR notation means and event-ruler computes it: `10.0.0.5/24`
  // runs from 10.0.0.0 to 10.0.0.255, so it contains 10.0.0.1.
  const high = new Uint8Array(low);
  let hostBits = low.length * 8 - bits;
  for (let i = low.length - 1; i >= 0 && hostBits > 0; i--, hostBits -= 8) {
    const mask = hostBits >= 8 ? 0xff : (1 << hostBits) - 1;
    low[i] = low[i]! & ~mask;
    high[i] = high[i]! | mask;
  }
  return { block: { size: low.length, low, high } };
}

/** True when `address` is an IP literal inside the block. */
export function blockContains(block: IpBlock, address: string): boolean {
  const ip = parseIp(address);
  if (!ip || ip.length !== block.size) return false;
  return compareBytes(ip, block.low) >= 0 && compareBytes(ip, block.high) <= 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}
