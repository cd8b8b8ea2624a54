import compression from 'compression';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';

/**
 * HTTP compression as the portal's server applies it to every answer that is
 * worth it (pages, scripts, JSON above 1 KiB): brotli when the browser accepts
 * it, else gzip. Brotli quality 5 costs a few milliseconds for a page and
 * gives most of what the slowest setting would. The benchmark serves the peers
 * through the same function, so the comparison is like for like.
 */
export function createCompression(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const middleware = compression({ threshold: 1024, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
  return (request, response, next) => middleware(request as never, response as never, next);
}
