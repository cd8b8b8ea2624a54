import type { IncomingMessage, ServerResponse } from 'node:http';
import { getProxyErrorBody, makeProxyError, PROXY_ERROR_HEADER } from '../lib/proxy/messages';

/** The methods the portal answers: its pages and assets (GET, HEAD), and the proxy's route (which refuses some itself). */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const SERVED = new Set<string>(SERVED_METHODS);

/**
 * Answers 405 to any other method before the Astro adapter sees it, and logs nothing. The
 * adapter cannot turn TRACE or TRACK into a fetch Request: it would answer 500 and print
 * the request's URL — query string and path, where LogOut carries a session — with a stack
 * trace. Returns whether the request was answered here.
 */
export function refuseUnservedMethod(request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method ?? '';
  if (SERVED.has(method)) return false;
  // The body, if any, is not read: the connection closes after the answer.
  const error = makeProxyError('method-not-allowed', method);
  response.writeHead(error.status, {
    Allow: SERVED_METHODS.join(', '),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
    [PROXY_ERROR_HEADER]: error.code,
  });
  response.end(getProxyErrorBody(error));
  return true;
}
