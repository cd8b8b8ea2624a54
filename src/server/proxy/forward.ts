import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { getByteSize, makeProxyError, type ProxyError } from '../../lib/proxy/messages';
import type { UpstreamRequest } from '../../lib/proxy/plan';

/**
 * Sends one request to ZStack with node:http, so that nothing is added to it (no
 * Accept-Encoding, no User-Agent, no cookies) and nothing is followed: a redirect is
 * refused, not taken. The answer is read whole, within its limit and the timeout, so the
 * browser gets either all of ZStack's answer or one of the proxy's refusals.
 */
export function sendUpstream(upstream: UpstreamRequest, body: Uint8Array | undefined, limits: UpstreamLimits): Promise<[ProxyError, null] | [null, UpstreamResponse]> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = Object.fromEntries(upstream.headers);
    if (body !== undefined) headers['Content-Length'] = String(body.byteLength);
    const send = upstream.origin.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(`${upstream.origin}${upstream.path}`, { method: upstream.method, headers });
    const unreachable = (reason: string) => makeProxyError('upstream-unreachable', upstream.origin, reason);
    const onAbort = () => settle([unreachable('aborted'), null]);
    const timer = setTimeout(() => settle([makeProxyError('timeout', String(limits.timeoutMs / 1000)), null]), limits.timeoutMs);
    let settled = false;
    function settle(result: [ProxyError, null] | [null, UpstreamResponse]) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (result[0] !== null) req.destroy();
      resolve(result);
    }
    if (limits.signal?.aborted) return onAbort();
    limits.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('error', (error: NodeJS.ErrnoException) => settle([unreachable(error.code ?? error.message), null]));
    req.on('response', (res) => {
      const refusal = getResponseRefusal(res, limits.maxResponseBytes);
      if (refusal !== null) return settle([refusal, null]);
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > limits.maxResponseBytes) return settle([makeProxyError('response-too-large', getByteSize(limits.maxResponseBytes)), null]);
        chunks.push(chunk);
      });
      res.on('error', (error: NodeJS.ErrnoException) => settle([unreachable(error.code ?? error.message), null]));
      res.on('end', () =>
        settle([null, { status: res.statusCode!, statusText: res.statusMessage ?? '', headers: getHeaderPairs(res.rawHeaders), body: Buffer.concat(chunks) }]),
      );
    });
    req.end(body);
  });
}

function getResponseRefusal(res: IncomingMessage, maxBytes: number): ProxyError | null {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) return makeProxyError('upstream-invalid', status);
  if (status >= 300 && status < 400 && status !== 304) return makeProxyError('upstream-redirect', status);
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) return makeProxyError('response-too-large', getByteSize(maxBytes));
  return null;
}

function getHeaderPairs(raw: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

export interface UpstreamLimits {
  timeoutMs: number;
  maxResponseBytes: number;
  /** Aborted when the browser goes away. */
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: Uint8Array<ArrayBuffer>;
}
