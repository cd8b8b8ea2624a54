import type { ProxyConfig } from './config';
import { ENDPOINT_HEADER, getAllowedEndpoint } from './endpoints';
import { getForwardedRequestHeaders } from './headers';
import { makeProxyError, type ProxyError } from './messages';
import { getUpstreamPath, isForwardedMethod, type ForwardedMethod } from './target';

/**
 * What to send to ZStack for one request to the proxy, or the refusal to answer with.
 * Decides everything but the body, which is read (within its limit) only once the request
 * is known to be allowed.
 */
export function makeUpstreamRequest(
  request: IncomingProxyRequest,
  config: ProxyConfig,
): [ProxyError, null] | [null, UpstreamRequest] {
  const [endpointError, origin] = getAllowedEndpoint(request.headers.get(ENDPOINT_HEADER), config.endpoints);
  if (endpointError !== null) return [endpointError, null];
  if (!isForwardedMethod(request.method)) return [makeProxyError('method-not-allowed', request.method), null];
  const [pathError, path] = getUpstreamPath(request.url);
  if (pathError !== null) return [pathError, null];
  return [null, { origin, path, method: request.method, headers: getForwardedRequestHeaders(request.headers) }];
}

/** The parts of a fetch `Request` the plan reads. */
export interface IncomingProxyRequest {
  url: URL;
  method: string;
  headers: Headers;
}

export interface UpstreamRequest {
  /** One of the configured endpoints, e.g. `http://127.0.0.1:8080`. */
  origin: string;
  /** Path and query, e.g. `/zstack/v1/vm-instances?limit=10`. */
  path: string;
  method: ForwardedMethod;
  headers: Array<[string, string]>;
}
