import { ENDPOINT_HEADER } from '../proxy/endpoints';
import { PROXY_PREFIX } from '../proxy/target';
import type { HttpAnswer } from './answer';
import type { RequestModel } from './model';
import { delay } from './poll';
import { PROXY_ERROR_HEADER } from '../proxy/messages';
import { joinPath } from '../base-url';

/** One request on the wire, as the panel sends it. */
export interface WireRequest {
  method: string;
  /** Absolute URL, as in the samples (e.g. http://127.0.0.1:8080/zstack/v1/...). */
  url: string;
  headers: Array<[string, string]>;
  body?: string;
}

export interface Transport {
  readonly kind: 'mock' | 'live';
  send(request: WireRequest, signal: AbortSignal): Promise<HttpAnswer>;
}

/** What the mock transport needs of the ZStack engine (src/lib/mock). */
export interface MockEngineLike {
  handle(
    req: { method: string; url: string; headers: Record<string, string>; body?: string },
    opts?: { fail?: boolean },
  ): { status: number; statusText: string; headers: Record<string, string>; body: string };
}

/** The part of a request model that goes on the wire. */
export function toWire(request: RequestModel): WireRequest {
  const wire: WireRequest = { method: request.method, url: request.url, headers: request.headers };
  if (request.body !== undefined) wire.body = request.body;
  return wire;
}

/** Answers in the browser, from the description, with ZStack's status codes and bodies. */
export function makeMockTransport(
  engine: MockEngineLike,
  options: { fail: () => boolean; latencyMs?: number },
): Transport {
  return {
    kind: 'mock',
    async send(request, signal) {
      const started = performance.now();
      await delay(options.latencyMs ?? 40, signal);
      const url = new URL(request.url);
      const headers = Object.fromEntries(request.headers.map(([k, v]) => [k.toLowerCase(), v]));
      const req =
        request.body === undefined
          ? { method: request.method, url: url.pathname + url.search, headers }
          : { method: request.method, url: url.pathname + url.search, headers, body: request.body };
      const answer = engine.handle(req, { fail: options.fail() });
      return {
        status: answer.status,
        statusText: answer.statusText,
        headers: Object.entries(answer.headers),
        body: answer.body,
        elapsedMs: Math.round(performance.now() - started),
      };
    },
  };
}

/** Sends through the portal's proxy route, which forwards to an allowed ZStack endpoint. */
export function makeLiveTransport(options: { proxyBase: string; fetch?: typeof fetch }): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    kind: 'live',
    async send(request, signal) {
      const target = new URL(request.url);
      const headers = new Headers(request.headers);
      headers.set(ENDPOINT_HEADER, target.origin);
      const started = performance.now();
      const init: RequestInit = { method: request.method, headers, signal, credentials: 'omit', redirect: 'manual' };
      if (request.body !== undefined) init.body = request.body;
      const response = await doFetch(
        joinPath(options.proxyBase, `${PROXY_PREFIX}${target.pathname}${target.search}`),
        init,
      );
      const body = await response.text();
      const answer: HttpAnswer = {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers.entries()],
        body,
        elapsedMs: Math.round(performance.now() - started),
      };
      if (response.headers.has(PROXY_ERROR_HEADER)) {
        try {
          const parsed = JSON.parse(body) as { portalError?: { code: string; message: string } };
          if (parsed.portalError) answer.portalError = parsed.portalError;
        } catch {
          answer.portalError = { code: response.headers.get(PROXY_ERROR_HEADER) ?? 'unknown', message: body };
        }
      }
      return answer;
    },
  };
}
