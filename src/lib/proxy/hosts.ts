/**
 * The host names the portal answers the proxy on. A page on another name that resolves to
 * the portal (DNS rebinding) sends its own name in `Host` and a matching `Origin`, which
 * passes an origin check; only a list of the portal's own names refuses it.
 */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

/** `PORTAL_ALLOWED_HOSTS`: comma-separated names or addresses (no scheme, port or path), or the defaults; null when an entry is not one. */
export function parseAllowedHosts(raw: string | undefined): [string, null] | [null, string[]] {
  const values = (raw ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.length === 0) return [null, [...DEFAULT_ALLOWED_HOSTS]];
  const hosts: string[] = [];
  for (const value of values) {
    const host = getHostName(value);
    if (host === null) return [value, null];
    if (!hosts.includes(host)) hosts.push(host);
  }
  return [null, hosts];
}

/** Whether the request's URL (built from its `Host` header) names one of the allowed hosts; the port does not matter. */
export function isAllowedHost(url: URL, allowed: readonly string[]): boolean {
  return allowed.includes(normalise(url.hostname));
}

/** A host name as the URL parser writes it, lower case, without a final dot or IPv6 brackets; null for anything else. */
function getHostName(value: string): string | null {
  const text = value.includes(':') && !value.startsWith('[') ? `[${value}]` : value;
  if (!URL.canParse(`http://${text}/`)) return null;
  const url = new URL(`http://${text}/`);
  if (url.port !== '' || url.username !== '' || url.password !== '' || url.host !== text.toLowerCase()) return null;
  return normalise(url.hostname);
}

function normalise(hostname: string): string {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return bare.toLowerCase().replace(/\.$/, '');
}
