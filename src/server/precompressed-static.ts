import Negotiator from 'negotiator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import send from 'send';
import { PRECOMPRESSED_DIR, PRECOMPRESSED_ENCODINGS, PRECOMPRESSED_TYPES } from './precompress';

// The encodings and preference of the `compression` middleware (compression.ts), so a
// client gets the encoding it got before: only the bytes come from the build's copy.
const AVAILABLE = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED = ['br', 'gzip'];
// A file of /_astro/ by its hashed name; nothing with a dot-dot or a folder below it.
const ASSET = new RegExp(`^/${PRECOMPRESSED_DIR}/[\\w.-]+$`);

/**
 * Answers a GET or HEAD of an asset the build precompressed (precompress.ts)
 * with its `.br` or `.gz` copy when the request's Accept-Encoding picks that
 * encoding, with the headers the file itself would have had: its Content-Type,
 * Cache-Control (immutable, as the adapter gives /_astro/), Vary:
 * Accept-Encoding, and send's Content-Length, ETag, Last-Modified and ranges
 * (of the encoded bytes, as for any encoded answer). Any other request, or a
 * copy that is not on disk, goes to `fallback` (today's on-the-fly
 * compression), before anything is written.
 */
export function createPrecompressedStatic(
  clientDir: string,
): (request: IncomingMessage, response: ServerResponse, fallback: () => void) => void {
  return (request, response, fallback) => {
    const path = (request.url ?? '').split('?')[0]!;
    const type = PRECOMPRESSED_TYPES.get(extname(path));
    if ((request.method !== 'GET' && request.method !== 'HEAD') || type === undefined || !ASSET.test(path)) {
      fallback();
      return;
    }
    const chosen = new Negotiator(request).encoding(AVAILABLE, PREFERRED);
    const copy = PRECOMPRESSED_ENCODINGS.find(({ encoding }) => encoding === chosen);
    if (copy === undefined) {
      fallback();
      return;
    }
    // Vary is the same for every answer of the file, the plain one included (compression does the same).
    response.setHeader('Vary', 'Accept-Encoding');
    let found = false;
    send(request, path + copy.suffix, { root: clientDir, dotfiles: 'deny', index: false })
      .on('file', () => {
        found = true;
      })
      .on('headers', () => {
        response.setHeader('Content-Type', type);
        response.setHeader('Content-Encoding', copy.encoding);
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      })
      .on('error', (error: Error & { statusCode?: number }) => {
        // No copy (a file the build left plain, or a site built before copies were made).
        if (!found) {
          response.removeHeader('Vary');
          fallback();
          return;
        }
        response.statusCode = error.statusCode ?? 500;
        response.end();
      })
      .pipe(response);
  };
}
