import type { EngineOperation } from './types';
import { joinPath } from '../base-url';

/** ZStack's servlet context: its REST layer names paths without it (`/v1/...`). */
const CONTEXT_PATH = '/zstack';
/** Fixed by ZStack's REST layer, whatever the description says. */
const JOB_SEGMENTS = ['zstack', 'v1', 'api-jobs'];

export interface RequestTarget {
  /** The path as sent, still encoded (ZStack's getRequestURI). */
  rawPath: string;
  /** The decoded path that routing matches. */
  path: string;
  query: URLSearchParams;
}

export type RouteMatch =
  | { kind: 'job'; jobId: string }
  | { kind: 'api'; candidates: Array<{ op: EngineOperation; params: Record<string, string> }> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

export function getRequestTarget(url: string): RequestTarget {
  const [rawPath = '', search = ''] = url.split(/\?(.*)/s);
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // ZStack answers a badly encoded path as unknown rather than failing.
  }
  return { rawPath, path, query: new URLSearchParams(search) };
}

/**
 * The operations whose path template matches, among those of the request's
 * method. Several may share one (every action of a resource is a PUT on
 * `/{resource}/{uuid}/actions`); the body's action key picks one later.
 */
export function findRoute(operations: EngineOperation[], method: string, path: string): RouteMatch {
  const segments = getSegments(path);
  if (segments.length === JOB_SEGMENTS.length + 1 && JOB_SEGMENTS.every((s, i) => segments[i] === s)) {
    return { kind: 'job', jobId: segments[JOB_SEGMENTS.length]! };
  }
  const all = operations.flatMap((op) => {
    const params = matchTemplate(op.path, path, segments);
    return params ? [{ op, params }] : [];
  });
  // A path written out wins over templates, whatever its method (RestServer.getMatchPath): GET
  // /management-nodes/ready is IsReadyToGo, not QueryManagementNode's /management-nodes/{uuid}.
  const exact = all.filter((m) => Object.keys(m.params).length === 0);
  const matches = exact.length > 0 ? exact : all;
  if (matches.length === 0) return { kind: 'not-found' };
  const candidates = matches.filter((m) => m.op.method === method.toUpperCase());
  if (candidates.length === 0)
    return { kind: 'method-not-allowed', allowed: [...new Set(matches.map((m) => m.op.method))] };
  return { kind: 'api', candidates };
}

/** The path as ZStack's messages show it: without the context path. */
export function getApiPath(path: string): string {
  return path.startsWith(`${CONTEXT_PATH}/`) ? path.slice(CONTEXT_PATH.length) : path;
}

/** The location of a job's result, as ZStack builds it from its base URL. */
export function getJobLocation(baseUrl: string, jobId: string): string {
  return joinPath(baseUrl, `/${JOB_SEGMENTS.join('/')}/${jobId}`);
}

function matchTemplate(template: string, path: string, segments: string[]): Record<string, string> | null {
  const parts = getSegments(template);
  // Like Spring's AntPathMatcher: empty segments fold, a trailing slash does not.
  if (parts.length !== segments.length || template.endsWith('/') !== path.endsWith('/')) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const variable = /^\{([^}]+)\}$/.exec(part);
    if (variable) params[variable[1]!] = segments[i]!;
    else if (part !== segments[i]) return null;
  }
  return params;
}

function getSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}
