import { lookup as dnsLookup } from 'node:dns/promises';
import {
  getCanonicalAddress,
  getEndpointAddress,
  getForbiddenAddressKind,
  isMetadataHostname,
} from '../../lib/proxy/addresses';
import { makeProxyError, type ProxyError } from '../../lib/proxy/messages';

/** Every address a name resolves to, as the system resolver gives them. */
export const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * The IP addresses to connect to for an allowed endpoint, in the resolver's order,
 * resolved once here: the connection goes to one of these checked addresses, so a name
 * that resolves elsewhere a moment later (DNS rebinding) cannot steer it. A name that
 * resolves, even in part, to a link-local or metadata address is refused unless that
 * address is itself an endpoint.
 */
export async function getConnectAddresses(
  origin: string,
  endpoints: readonly string[],
  lookup: Lookup,
): Promise<[ProxyError, null] | [null, string[]]> {
  const literal = getEndpointAddress(origin);
  if (literal !== null) return [null, [literal]];
  const { hostname } = new URL(origin);
  if (isMetadataHostname(hostname)) return [makeProxyError('endpoint-metadata-name', origin), null];
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(hostname);
  } catch (error) {
    return [makeProxyError('upstream-unreachable', origin, (error as NodeJS.ErrnoException).code ?? 'DNS'), null];
  }
  if (addresses.length === 0) return [makeProxyError('upstream-unreachable', origin, 'ENOTFOUND'), null];
  const allowed = new Set(endpoints.map(getEndpointAddress).filter((a) => a !== null));
  for (const { address } of addresses) {
    const canonical = getCanonicalAddress(address);
    if (canonical === null) return [makeProxyError('upstream-unreachable', origin, 'EAI_FAIL'), null];
    if (getForbiddenAddressKind(canonical) !== null && !allowed.has(canonical))
      return [makeProxyError('endpoint-forbidden-address', origin, canonical), null];
  }
  return [null, [...new Set(addresses.map(({ address }) => address.replace(/%.*$/, '')))]];
}

export type Lookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;
