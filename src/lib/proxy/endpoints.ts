import { makeProxyError, type ProxyError } from './messages';

/** The built-in simulator: the proxy's only endpoint unless PORTAL_PROXY_ENDPOINTS says otherwise. */
export const DEFAULT_ENDPOINT = 'http://127.0.0.1:8080';
export const ENDPOINT_HEADER = 'X-Portal-Endpoint';

const SCHEMES = new Set(['http:', 'https:']);

/**
 * The origin of a base URL (`http://127.0.0.1:8080/` → `http://127.0.0.1:8080`), or why
 * it is not one: a base URL has an http(s) scheme, a host, and nothing else — no user
 * info, no path, no query, no fragment.
 */
export function getEndpointOrigin(raw: string): [EndpointFault, null] | [null, string] {
  const value = raw.trim();
  if (!URL.canParse(value)) return ['invalid', null];
  const url = new URL(value);
  if (!SCHEMES.has(url.protocol)) return ['scheme', null];
  const isBare = url.username === '' && url.password === '' && url.pathname === '/' && !/[?#]/.test(value);
  return isBare ? [null, url.origin] : ['not-origin', null];
}

/**
 * The allowed endpoint that the `X-Portal-Endpoint` header names, compared by normalised
 * origin, or the refusal to send.
 */
export function getAllowedEndpoint(
  header: string | null,
  allowed: readonly string[],
): [ProxyError, null] | [null, string] {
  if (header === null || header.trim() === '') return [makeProxyError('endpoint-missing'), null];
  const [fault, origin] = getEndpointOrigin(header);
  if (fault === 'invalid') return [makeProxyError('endpoint-invalid'), null];
  if (fault === 'scheme') return [makeProxyError('endpoint-scheme'), null];
  if (origin === null || !allowed.includes(origin))
    return [makeProxyError('endpoint-not-allowed', header.trim()), null];
  return [null, origin];
}

export type EndpointFault = 'invalid' | 'scheme' | 'not-origin';
