import Negotiator from 'negotiator';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import send from 'send';
import {
  PRECOMPRESSED_DIR,
  PRECOMPRESSED_ENCODINGS,
  PRECOMPRESSED_TYPES,
  STORED_SUFFIX,
  STORED_TYPES,
} from './precompress';

type Next = () => void;
type Middleware = (request: IncomingMessage, response: ServerResponse, next: Next) => void;

// The encodings and preference of the `compression` middleware (compression.ts), so a
// client gets the encoding it got before: only the bytes come from the build's copy.
const AVAILABLE = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED = ['br', 'gzip'];
// A file of /_astro/ by its hashed name; nothing with a dot-dot or a folder below it.
const ASSET = new RegExp(`^/${PRECOMPRESSED_DIR}/[\\w.-]+$`);
const IMMUTABLE_CONTROL = 'public, max-age=31536000, immutable';
// What the adapter gives every other file it serves.
const REVALIDATE_CONTROL = 'public, max-age=0';
// Files named by their content, which a browser keeps: the sidebar's list of operations (/nav/<hash>.json, one
// file for every page), the 在线调试 data that many operations share (/try-it/<name>.json) and the validators the
// panel loads (/validators/<key>.js; without this each was asked again, for a 304, on every page's panel).
const IMMUTABLE = /\/(nav\/[0-9a-f]{12}\.json|try-it\/[0-9a-f]{16}\.json|validators\/[0-9a-f]{16}\.js)$/;

/** Whether the file at this request path is named by its content, so a browser may keep it for good. */
export function isImmutablePath(path: string): boolean {
  return IMMUTABLE.test(path) || ASSET.test(path);
}

/** The Cache-Control of the file at this request path, as the adapter would give it. */
function getCacheControl(path: string): string {
  return isImmutablePath(path) ? IMMUTABLE_CONTROL : REVALIDATE_CONTROL;
}

/**
 * Answers a GET or HEAD of a file the build compressed (precompress.ts), before the adapter would look for it:
 *
 * - an asset of /_astro/ with its `.br` or `.gz` copy when the request's Accept-Encoding picks that encoding;
 * - a stored file (a page, 在线调试 data, a validator, the description's downloads; on disk only as `<file>.br`):
 *   the copy as it is when the request accepts brotli, else decompressed and handed to `compress` (gzip, or
 *   plain for a client that asks for no encoding), with the same Content-Type and Cache-Control.
 *
 * Each answer has the headers the plain file would have had: its Content-Type, Cache-Control, Vary:
 * Accept-Encoding, and (for a copy sent as it is) send's Content-Length, ETag, Last-Modified and ranges of the
 * encoded bytes, as for any encoded answer. Any other request, or a file with no copy on disk, goes to `fallback`
 * (the adapter behind on-the-fly compression) before anything is written.
 */
export function createPrecompressedStatic(
  clientDir: string,
  compress: Middleware,
): (request: IncomingMessage, response: ServerResponse, fallback: Next) => void {
  return (request, response, fallback) => {
    const path = (request.url ?? '').split('?')[0]!;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      fallback();
      return;
    }
    const chosen = new Negotiator(request).encoding(AVAILABLE, PREFERRED);
    const assetType = PRECOMPRESSED_TYPES.get(extname(path));
    if (assetType !== undefined && ASSET.test(path)) {
      const copy = PRECOMPRESSED_ENCODINGS.find(({ encoding }) => encoding === chosen);
      if (copy === undefined) fallback();
      else
        sendCopy(
          request,
          response,
          {
            root: clientDir,
            file: path + copy.suffix,
            type: assetType,
            encoding: copy.encoding,
            cacheControl: IMMUTABLE_CONTROL,
          },
          fallback,
        );
      return;
    }
    const stored = getStoredName(path);
    if (stored === undefined) {
      fallback();
      return;
    }
    const file = stored.name + STORED_SUFFIX;
    if (chosen === 'br') {
      sendCopy(
        request,
        response,
        { root: clientDir, file, type: stored.type, encoding: 'br', cacheControl: getCacheControl(path) },
        fallback,
      );
      return;
    }
    stat(join(clientDir, file)).then(
      (stats) => {
        if (!stats.isFile()) {
          fallback();
          return;
        }
        compress(request, response, () => {
          response.setHeader('Content-Type', stored.type);
          response.setHeader('Cache-Control', getCacheControl(path));
          response.setHeader('Last-Modified', stats.mtime.toUTCString());
          if (request.method === 'HEAD') {
            response.end();
            return;
          }
          // A file that cannot be read or decompressed ends this answer only (the status is already sent).
          pipeline(createReadStream(join(clientDir, file)), createBrotliDecompress(), response).catch(() =>
            response.destroy(),
          );
        });
      },
      () => fallback(),
    );
  };
}

/**
 * The file a request path names, as the adapter resolves it (`/api/X/` and `/api/X` are `api/X/index.html`), with
 * its Content-Type, when it is of a kind the build stores compressed; undefined for anything else, a path that
 * does not decode, or one that climbs out of the folder.
 */
function getStoredName(path: string): { name: string; type: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/') || decoded.split('/').includes('..')) return undefined;
  const normal = posix.normalize(decoded);
  const name = normal.endsWith('/') ? `${normal}index.html` : extname(normal) === '' ? `${normal}/index.html` : normal;
  const type = STORED_TYPES.get(extname(name));
  return type === undefined ? undefined : { name, type };
}

/** Sends a compressed copy as it is; falls back when there is none, before anything is written. */
function sendCopy(
  request: IncomingMessage,
  response: ServerResponse,
  {
    root,
    file,
    type,
    encoding,
    cacheControl,
  }: { root: string; file: string; type: string; encoding: string; cacheControl: string },
  fallback: Next,
): void {
  // Vary is the same for every answer of the file, the plain one included (compression does the same).
  response.setHeader('Vary', 'Accept-Encoding');
  let found = false;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  send(request, encoded, { root, dotfiles: 'deny', index: false, cacheControl: false })
    .on('file', () => {
      found = true;
    })
    .on('headers', () => {
      response.setHeader('Content-Type', type);
      response.setHeader('Content-Encoding', encoding);
      response.setHeader('Cache-Control', cacheControl);
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
}
