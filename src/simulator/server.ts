import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZStackEngine } from '../lib/mock/engine';
import { loadSpecDir } from '../lib/openapi/load';
import { SPEC_DIR } from '../lib/openapi/site';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A management node serves its API under this path only. */
export const API_PREFIX = '/zstack/v1';
export const MAX_BODY_BYTES = 1024 * 1024;

export interface SimulatorOptions {
  /** Default 8080; 0 lets the OS choose (see `url`). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The OpenAPI documents (default: the build's, `PORTAL_OPENAPI_DIR` or openapi/, from the project root). */
  specDir?: string;
  /** How long an asynchronous job runs (default 2000 ms). */
  jobDurationMs?: number;
  /** How long a finished job's result is kept (default 3 h). */
  jobRetentionMs?: number;
}

export interface Simulator {
  /** The endpoint's base URL, e.g. `http://127.0.0.1:8080`: what the proxy, the samples and the SDKs take. */
  url: string;
  /** Where the API is served, e.g. `http://127.0.0.1:8080/zstack/v1`. */
  apiUrl: string;
  close(): Promise<void>;
}

/**
 * A ZStack-compatible management node on node:http, answering from the
 * OpenAPI documents with the engine of src/lib/mock. It logs nothing: no
 * Authorization header, no body ever leaves the process.
 */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const [error, set] = await loadSpecDir(resolve(PROJECT_ROOT, opts.specDir ?? SPEC_DIR), PROJECT_ROOT);
  if (error) throw error;
  // The job locations name the port, which is known once listening: requests are taken from then on.
  const server = createServer();
  const host = opts.host ?? '127.0.0.1';
  await listen(server, opts.port ?? 8080, host);
  const origin = `http://${getReachableHost(host)}:${(server.address() as AddressInfo).port}`;
  const options: ConstructorParameters<typeof ZStackEngine>[1] = {
    baseUrl: origin,
    strictSessions: true,
    seed: 'examples',
  };
  if (opts.jobDurationMs !== undefined) options.jobDurationMs = opts.jobDurationMs;
  if (opts.jobRetentionMs !== undefined) options.jobRetentionMs = opts.jobRetentionMs;
  const engine = new ZStackEngine(set.operations, options);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // A socket fault (a client gone mid-body, a reset) ends this request only: nothing may reject outside it.
    serve(engine, req, res).catch(() => res.destroy());
  });
  return { url: origin, apiUrl: origin + API_PREFIX, close: () => close(server) };
}

async function serve(engine: ZStackEngine, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  const path = url.split('?')[0]!;
  if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return send(res, 404, 'Not Found', 'Not Found');
  const body = await readBody(req);
  if (body === 'aborted') return void res.destroy();
  if (body === null) return send(res, 413, 'Payload Too Large', `request body exceeds ${MAX_BODY_BYTES} bytes`);
  try {
    const request = { method: req.method ?? 'GET', url, headers: getHeaders(req.headers) };
    const answer = engine.handle(body === '' ? request : { ...request, body });
    res.writeHead(answer.status, answer.statusText, answer.headers);
    res.end(answer.body);
  } catch {
    send(res, 500, 'Internal Server Error', 'Internal Server Error');
  }
}

/**
 * The body as text; null when it is larger than the limit (what was sent is drained, not
 * kept); `aborted` when the client went away or the socket failed before its end.
 */
function readBody(req: IncomingMessage): Promise<string | null | 'aborted'> {
  return new Promise((resolve) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      req.on('error', () => resolve('aborted'));
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve('aborted'));
    req.on('close', () => {
      if (!req.complete) resolve('aborted');
    });
  });
}

function getHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  // Header names are the client's: a record without a prototype answers for them alone.
  const result = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

function send(res: ServerResponse, status: number, statusText: string, text: string): void {
  res.writeHead(status, statusText, {
    'content-type': 'text/plain;charset=UTF-8',
    connection: status === 413 ? 'close' : 'keep-alive',
  });
  res.end(text);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** Job locations must be reachable: a wildcard address is reached through loopback. */
function getReachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
