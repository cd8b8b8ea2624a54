import { makeProxyError, type ProxyError } from './messages';

export const PROXY_PREFIX = '/proxy';
export const API_PREFIX = '/zstack/v1/';
/** The methods of ZStack's REST API (and HEAD); the proxy refuses any other. */
const FORWARDED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Encoded `/`, `\` and `.` would let an upstream that decodes before routing climb out of
 * /zstack/v1/; ZStack's paths never need them.
 */
const ENCODED_SEPARATOR = /%(2f|5c|2e)/i;
/** How many rounds of percent-decoding a segment gets: a value still encoded after these is refused. */
const DECODE_ROUNDS = 3;

/**
 * The path and query to request of ZStack, from the proxy URL as the browser sent it:
 * `/proxy/zstack/v1/vm-instances?q=x` → `/zstack/v1/vm-instances?q=x`, still encoded as
 * received (the URL parser has already resolved dot segments).
 */
export function getUpstreamPath(url: URL): [ProxyError, null] | [null, string] {
  const path = url.pathname.startsWith(PROXY_PREFIX + '/') ? url.pathname.slice(PROXY_PREFIX.length) : '';
  if (!path.startsWith(API_PREFIX) || ENCODED_SEPARATOR.test(path)) return [makeProxyError('path-not-allowed'), null];
  if (path.split('/').some(isNormalisedByServlet)) return [makeProxyError('path-not-allowed'), null];
  return [null, path + url.search];
}

/**
 * Whether a servlet container (ZStack runs in one) could read the segment otherwise than the
 * URL parser did: a `;` path parameter is cut off before dot segments are resolved, so `..;x`
 * climbs like `..`; and a segment that decodes (once or more) to a dot segment, a separator or
 * a parameter may do the same in a container that decodes before it normalises. ZStack's paths
 * use none of these, so any segment with a `;` or that decodes to one is refused, whatever
 * follows it.
 */
function isNormalisedByServlet(segment: string): boolean {
  let text = segment;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (text.includes(';') || text.includes('\\') || text === '.' || text === '..') return true;
    if (!text.includes('%')) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return true;
    }
    if (decoded.includes('/')) return true;
    if (decoded === text) return false;
    text = decoded;
  }
  return true;
}

export function isForwardedMethod(method: string): method is ForwardedMethod {
  return (FORWARDED_METHODS as readonly string[]).includes(method);
}

export type ForwardedMethod = (typeof FORWARDED_METHODS)[number];
