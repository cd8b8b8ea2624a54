/**
 * Addresses the proxy never connects to through a hostname: the link-local ranges, where
 * every cloud keeps its instance metadata service (and with it the host's credentials),
 * the metadata addresses outside them, and the unspecified address, which reaches the
 * proxy's own host. An endpoint written as one of these IP addresses is still allowed:
 * naming the address is the explicit choice; a name that resolves there is not.
 */
const FORBIDDEN_RANGES: ReadonlyArray<{ network: string; prefix: number; kind: ForbiddenAddressKind }> = [
  { network: '169.254.0.0', prefix: 16, kind: 'link-local' },
  { network: '100.100.100.200', prefix: 32, kind: 'metadata' },
  { network: '0.0.0.0', prefix: 8, kind: 'unspecified' },
  { network: 'fe80::', prefix: 10, kind: 'link-local' },
  { network: 'fd00:ec2::254', prefix: 128, kind: 'metadata' },
  { network: '::', prefix: 128, kind: 'unspecified' },
];

/** Names of metadata services (GCP, AWS, Tencent Cloud), refused before they are resolved. */
const METADATA_HOSTNAMES = [
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
] as const;

/** `::ffff:a.b.c.d` and NAT64's `64:ff9b::a.b.c.d` reach the IPv4 address they embed. */
const EMBEDDED_V4_PREFIXES = ['0:0:0:0:0:ffff:', '64:ff9b:0:0:0:0:'];

/** Why the proxy will not connect to this IP address through a hostname, or null. */
export function getForbiddenAddressKind(address: string): ForbiddenAddressKind | null {
  const bits = getAddressBits(address);
  if (bits === null) return null;
  for (const range of FORBIDDEN_RANGES) {
    const network = getAddressBits(range.network)!;
    if (network.length === bits.length && bits.slice(0, range.prefix) === network.slice(0, range.prefix))
      return range.kind;
  }
  return null;
}

export function isMetadataHostname(hostname: string): boolean {
  return (METADATA_HOSTNAMES as readonly string[]).includes(hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * An IP address in one spelling per address (`[::FFFF:A9FE:A9FE]` → `169.254.169.254`),
 * or null when the text is not an IP address. Compares an endpoint's host with what a
 * name resolved to.
 */
export function getCanonicalAddress(text: string): string | null {
  const bits = getAddressBits(text);
  if (bits === null) return null;
  if (bits.length === 32) return [0, 8, 16, 24].map((i) => parseInt(bits.slice(i, i + 8), 2)).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 128; i += 16) groups.push(parseInt(bits.slice(i, i + 16), 2).toString(16));
  return groups.join(':');
}

/** The host of an endpoint origin as an address (`http://[::1]:8080` → `::1`), or null for a name. */
export function getEndpointAddress(origin: string): string | null {
  return getCanonicalAddress(new URL(origin).hostname);
}

const MAX_ADDRESS_TEXT = 80;

/** The address as a string of bits, 32 or 128 long; an IPv6 address embedding IPv4 gives the IPv4 bits. */
function getAddressBits(text: string): string | null {
  // The longest address text (IPv6 with embedded IPv4, brackets and a zone) is far below this; the patterns below then stay short.
  if (text.length > MAX_ADDRESS_TEXT) return null;
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = getV4Bits(address);
  if (v4 !== null) return v4;
  const groups = getV6Groups(address);
  if (groups === null) return null;
  const expanded = groups.join(':');
  const embedded = EMBEDDED_V4_PREFIXES.find((prefix) => expanded.startsWith(prefix));
  const bits = groups.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
  return embedded === undefined ? bits : bits.slice(96);
}

function getV4Bits(address: string): string | null {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.map((p) => Number(p).toString(2).padStart(8, '0')).join('');
}

/** The eight groups of an IPv6 address, without leading zeros, or null. */
function getV6Groups(address: string): string[] | null {
  if (!address.includes(':')) return null;
  let text = address.toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail !== null) {
    const v4 = getV4Bits(tail[1]!);
    if (v4 === null) return null;
    text =
      text.slice(0, -tail[1]!.length) + [0, 16].map((i) => parseInt(v4.slice(i, i + 16), 2).toString(16)).join(':');
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const split = (half: string) => (half === '' ? [] : half.split(':'));
  const head = split(halves[0]!);
  const rest = halves.length === 2 ? split(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16).toString(16));
}

export type ForbiddenAddressKind = 'link-local' | 'metadata' | 'unspecified';
