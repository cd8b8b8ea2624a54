import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { getCanonicalAddress } from '../../lib/proxy/addresses';
import { getByteSize, makeProxyError, type ProxyError } from '../../lib/proxy/messages';
import type { UpstreamRequest } from '../../lib/proxy/plan';
import { getConnectAddresses, systemLookup, type Lookup } from './resolve';

/**
 * Connections to ZStack are kept alive between requests. The pools are keyed by the
 * address actually connected to (never by a name), so a reused connection always leads
 * to an address that was checked. An idle connection is closed after 4 s, before a server
 * with Node's default keep-alive of 5 s would close it under a request.
 */
const POOL = { keepAlive: true, scheduling: 'lifo', timeout: 4_000 } as const;
const agents = { http: new HttpAgent(POOL), https: new HttpsAgent(POOL) };
/** Connection errors after which nothing was sent, so the next address may be tried. */
const UNCONNECTED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);

/**
 * Sends one request to ZStack with node:http, so that nothing is added to it (no
 * Accept-Encoding, no User-Agent, no cookies) and nothing is followed: a redirect is
 * refused, not taken. The endpoint's name is resolved once and the connection made to
 * a checked address (the next one when one refuses it, as a browser would). The answer is read whole, within its limit and the timeout — one
 * deadline from the lookup to the last byte, so an upstream that trickles its answer is
 * cut off too — and the browser gets either all of ZStack's answer or one refusal.
 */
export function sendUpstream(
  upstream: UpstreamRequest,
  body: Uint8Array | undefined,
  options: UpstreamOptions,
): Promise<[ProxyError, null] | [null, UpstreamResponse]> {
  return new Promise((resolve) => {
    const unreachable = (reason: string) => makeProxyError('upstream-unreachable', upstream.origin, reason);
    const onAbort = () => settle([unreachable('aborted'), null]);
    const timer = setTimeout(
      () => settle([makeProxyError('timeout', String(options.timeoutMs / 1000)), null]),
      options.timeoutMs,
    );
    let settled = false;
    let destroy = () => {};
    function settle(result: [ProxyError, null] | [null, UpstreamResponse]) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (result[0] !== null) destroy();
      resolve(result);
    }
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const url = new URL(upstream.origin);
    const isHttps = url.protocol === 'https:';
    const headers: Record<string, string> = { Host: url.host, ...Object.fromEntries(upstream.headers) };
    if (body !== undefined) headers['Content-Length'] = String(body.byteLength);
    const target = {
      port: url.port === '' ? (isHttps ? 443 : 80) : Number(url.port),
      path: upstream.path,
      method: upstream.method,
      headers,
      setHost: false,
      // A certificate is checked against the endpoint's name, not the address connected to.
      ...(isHttps && getCanonicalAddress(url.hostname) === null ? { servername: url.hostname } : {}),
    };

    /** Tries each checked address in turn while nothing could have been sent: the connection was refused. */
    const connect = (addresses: string[]) => {
      if (settled) return;
      const [address, ...rest] = addresses;
      const req = isHttps
        ? httpsRequest({ ...target, host: address, agent: agents.https })
        : httpRequest({ ...target, host: address, agent: agents.http });
      destroy = () => req.destroy();
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (rest.length > 0 && UNCONNECTED.has(error.code ?? '')) return connect(rest);
        settle([unreachable(error.code ?? error.message), null]);
      });
      req.on('response', (res) => void readAnswer(res, options.maxResponseBytes, unreachable).then(settle));
      // Node reports a 1xx (and a 101's switch) apart from the answer and would wait for a final one: ZStack sends none, so it is invalid at once.
      req.on('information', ({ statusCode }) => settle([makeProxyError('upstream-invalid', statusCode), null]));
      req.on('upgrade', (res, socket) => {
        socket.destroy();
        settle([makeProxyError('upstream-invalid', res.statusCode ?? 101), null]);
      });
      req.end(body);
    };
    void getConnectAddresses(upstream.origin, options.endpoints, options.lookup ?? systemLookup).then(
      ([refusal, addresses]) => (refusal !== null ? settle([refusal, null]) : connect(addresses)),
    );
  });
}

/** ZStack's answer, whole, or the refusal: a redirect, an invalid status, too large, cut off. */
function readAnswer(
  res: IncomingMessage,
  maxBytes: number,
  unreachable: (reason: string) => ProxyError,
): Promise<[ProxyError, null] | [null, UpstreamResponse]> {
  return new Promise((resolve) => {
    const refusal = getResponseRefusal(res, maxBytes);
    if (refusal !== null) return resolve([refusal, null]);
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) return resolve([makeProxyError('response-too-large', getByteSize(maxBytes)), null]);
      chunks.push(chunk);
    });
    res.on('error', (error: NodeJS.ErrnoException) => resolve([unreachable(error.code ?? error.message), null]));
    res.on('end', () =>
      resolve([
        null,
        {
          status: res.statusCode!,
          statusText: res.statusMessage ?? '',
          headers: getHeaderPairs(res.rawHeaders),
          body: Buffer.concat(chunks),
        },
      ]),
    );
  });
}

function getResponseRefusal(res: IncomingMessage, maxBytes: number): ProxyError | null {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) return makeProxyError('upstream-invalid', status);
  if (status >= 300 && status < 400 && status !== 304) return makeProxyError('upstream-redirect', status);
  if (Number(res.headers['content-length'] ?? 0) > maxBytes)
    return makeProxyError('response-too-large', getByteSize(maxBytes));
  return null;
}

function getHeaderPairs(raw: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

export interface UpstreamOptions {
  /** One deadline for the whole exchange, from the lookup to the last byte of the answer. */
  timeoutMs: number;
  maxResponseBytes: number;
  /** The configured endpoints: an address among them may be reached even if it is link-local. */
  endpoints: readonly string[];
  /** Resolves the endpoint's name (default: the system resolver). */
  lookup?: Lookup;
  /** Aborted when the browser goes away. */
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: Uint8Array<ArrayBuffer>;
}
