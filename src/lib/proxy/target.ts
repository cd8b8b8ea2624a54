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

/**
 * The path and query to request of ZStack, from the proxy URL as the browser sent it:
 * `/proxy/zstack/v1/vm-instances?q=x` → `/zstack/v1/vm-instances?q=x`, still encoded as
 * received (the URL parser has already resolved dot segments).
 */
export function getUpstreamPath(url: URL): [ProxyError, null] | [null, string] {
  const path = url.pathname.startsWith(PROXY_PREFIX + '/') ? url.pathname.slice(PROXY_PREFIX.length) : '';
  if (!path.startsWith(API_PREFIX) || ENCODED_SEPARATOR.test(path)) return [makeProxyError('path-not-allowed'), null];
  return [null, path + url.search];
}

export function isForwardedMethod(method: string): method is ForwardedMethod {
  return (FORWARDED_METHODS as readonly string[]).includes(method);
}

export type ForwardedMethod = (typeof FORWARDED_METHODS)[number];
