import { getProxyConfig, makePublicConfig } from '../../lib/proxy/config';
import { isAllowedHost } from '../../lib/proxy/hosts';
import { getReturnedResponseHeaders } from '../../lib/proxy/headers';
import { getProxyErrorBody, makeProxyError, PROXY_ERROR_HEADER, type ProxyError } from '../../lib/proxy/messages';
import { makeUpstreamRequest } from '../../lib/proxy/plan';
import { readRequestBody } from './body';
import { sendUpstream, type UpstreamResponse } from './forward';

/** Statuses whose responses have no body, whatever the upstream sent. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const NO_STORE = 'no-store';

/**
 * `ALL /proxy/zstack/v1/…`: forwards the request to the allowed ZStack endpoint that
 * `X-Portal-Endpoint` names and returns ZStack's answer, or refuses. Logs nothing: the
 * request carries the reader's session.
 */
export async function handleProxyRequest(
  request: Request,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Response> {
  try {
    return await forward(request, env);
  } catch {
    // Not logged: whatever failed may carry the reader's session in its message.
    return makeErrorResponse(makeProxyError('proxy-failed'));
  }
}

async function forward(request: Request, env: Readonly<Record<string, string | undefined>>): Promise<Response> {
  const [configError, config] = getProxyConfig(env);
  if (configError !== null) return makeErrorResponse(makeProxyError('config-invalid', configError));
  const url = new URL(request.url);
  if (!isAllowedHost(url, config.allowedHosts))
    return makeErrorResponse(makeProxyError('host-not-allowed', url.hostname));
  const [planError, upstream] = makeUpstreamRequest({ url, method: request.method, headers: request.headers }, config);
  if (planError !== null) return makeErrorResponse(planError);
  let body: Uint8Array | undefined;
  if (upstream.method !== 'GET' && upstream.method !== 'HEAD') {
    const [bodyError, bytes] = await readRequestBody(request, config.maxRequestBytes, config.timeoutMs);
    if (bodyError !== null) return makeErrorResponse(bodyError);
    body = bytes;
  }
  const options = {
    timeoutMs: config.timeoutMs,
    maxResponseBytes: config.maxResponseBytes,
    endpoints: config.endpoints,
    signal: request.signal,
  };
  const [sendError, answer] = await sendUpstream(upstream, body, options);
  if (sendError !== null) return makeErrorResponse(sendError);
  return makeUpstreamResponse(answer, upstream.method === 'HEAD');
}

/** `GET /proxy/config`: the endpoints the browser may choose from. */
export function handleConfigRequest(request: Request, env: Readonly<Record<string, string | undefined>>): Response {
  const [configError, config] = getProxyConfig(env);
  if (configError !== null) return makeErrorResponse(makeProxyError('config-invalid', configError));
  const url = new URL(request.url);
  if (!isAllowedHost(url, config.allowedHosts))
    return makeErrorResponse(makeProxyError('host-not-allowed', url.hostname));
  return Response.json(makePublicConfig(config), { headers: { 'Cache-Control': NO_STORE } });
}

function makeErrorResponse(error: ProxyError): Response {
  return new Response(getProxyErrorBody(error), {
    status: error.status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      [PROXY_ERROR_HEADER]: error.code,
      'Cache-Control': NO_STORE,
    },
  });
}

function makeUpstreamResponse(answer: UpstreamResponse, isHead: boolean): Response {
  const headers = new Headers();
  for (const [name, value] of getReturnedResponseHeaders(answer.headers)) headers.append(name, value);
  const body = isHead || NULL_BODY_STATUSES.has(answer.status) ? null : answer.body;
  try {
    return new Response(body, { status: answer.status, statusText: answer.statusText, headers });
  } catch {
    // A reason phrase that fetch's Response rejects; the status and body still pass.
    return new Response(body, { status: answer.status, headers });
  }
}
