import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Sends an address whose operation id has the wrong case (`/api/createvminstance/`, typed or from a lower-cased
 * link) to the operation's page with 301, as a reader would expect of an API reference: ids are case-sensitive
 * addresses, and the not-found page could only suggest the right one. The ids are the build's page folders under
 * api/; an id that two operations share but for case is left alone (no redirect can choose). Returns whether it
 * answered.
 */
export function createCaseRedirect(clientDir: string): (request: IncomingMessage, response: ServerResponse) => boolean {
  const byLower = new Map<string, string | null>();
  let names: string[] = [];
  try {
    names = readdirSync(join(clientDir, 'api'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    // A build without operation pages: nothing to redirect.
  }
  const exact = new Set(names);
  for (const name of names) {
    const lower = name.toLowerCase();
    byLower.set(lower, byLower.has(lower) ? null : name);
  }
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = request.url ?? '';
    const queryAt = url.indexOf('?');
    const query = queryAt < 0 ? '' : url.slice(queryAt);
    // `/api/<id>`, `/api/<id>/` or `/api/<id>/…` under any base path: the segment after the last `api` with one.
    const segments = (queryAt < 0 ? url : url.slice(0, queryAt)).split('/');
    const at = segments.lastIndexOf('api', segments.length - 2);
    if (at < 0) return false;
    const prefix = `${segments.slice(0, at + 1).join('/')}/`;
    const segment = segments[at + 1]!;
    const rest = at + 2 < segments.length ? `/${segments.slice(at + 2).join('/')}` : '/';
    if (segment === '') return false;
    let id: string;
    try {
      id = decodeURIComponent(segment);
    } catch {
      return false;
    }
    if (exact.has(id)) return false;
    const target = byLower.get(id.toLowerCase());
    if (!target) return false;
    response.statusCode = 301;
    response.setHeader('Location', `${prefix}${encodeURIComponent(target)}${rest}${query}`);
    response.end();
    return true;
  };
}
