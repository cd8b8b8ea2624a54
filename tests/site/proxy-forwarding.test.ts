import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startSite, type RunningSite } from '../support/server';

const SESSION = 'OAuth fake-session-0000000000000000';
const JOB_UUID = '0123456789abcdef0123456789abcdef';
const ERROR_503 = '{"error":{"code":"ID.1001","description":"会话已过期（示例）","details":"fake session"}}';

/** What the upstream received, in order. */
let received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }> = [];
let upstream: Server;
let upstreamUrl: string;
let closedUrl: string;
let site: RunningSite;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      answer(req.url!, res);
    });
  });
  upstreamUrl = await listen(upstream);
  const closed = createServer();
  closedUrl = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
  site = await startSite(inject('siteDir'), {
    PORTAL_PROXY_ENDPOINTS: `${upstreamUrl}/,${closedUrl}`,
    PORTAL_PROXY_TIMEOUT_MS: '400',
    PORTAL_PROXY_MAX_BODY: '1024',
    PORTAL_PROXY_MAX_RESPONSE: '65536',
  });
});

afterAll(async () => {
  await site?.close();
  upstream?.closeAllConnections();
  await new Promise((resolve) => upstream?.close(resolve));
});

beforeEach(() => {
  received = [];
});

/** The upstream's answers, by path: ZStack's kinds of answer and a few misbehaviours. */
const answers: Record<string, (res: ServerResponse) => void> = {
  '/zstack/v1/vm-instances/abc/actions': (res) => {
    res.writeHead(202, 'Accepted', {
      'Content-Type': 'application/json;charset=UTF-8',
      'Set-Cookie': 'JSESSIONID=fake-cookie; Path=/',
      'X-Upstream': 'kept',
      'Keep-Alive': 'timeout=99',
    });
    res.end(`{"location":"${upstreamUrl}/zstack/v1/api-jobs/${JOB_UUID}"}`);
  },
  '/zstack/v1/redirect': (res) => {
    res.writeHead(302, { Location: `${upstreamUrl}/zstack/v1/elsewhere` });
    res.end();
  },
  '/zstack/v1/hang': () => {},
  '/zstack/v1/redirect-metadata': (res) => {
    res.writeHead(307, { Location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' });
    res.end();
  },
  '/zstack/v1/trickle': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
  },
  '/zstack/v1/big': (res) => res.end('x'.repeat(100_000)),
  '/zstack/v1/text-400': (res) => {
    res.writeHead(400, 'Bad Request', { 'Content-Type': 'text/plain;charset=UTF-8' });
    res.end("missing header 'Authorization'");
  },
  '/zstack/v1/error-503': (res) => {
    res.writeHead(503, 'Service Unavailable', { 'Content-Type': 'application/json;charset=UTF-8' });
    res.end(ERROR_503);
  },
};

function answer(url: string, res: ServerResponse) {
  const respond = answers[url.split('?')[0]!];
  if (respond !== undefined) return respond(res);
  res.writeHead(404, 'Not Found', { 'Content-Type': 'text/plain;charset=UTF-8' });
  res.end('no api found');
}

describe('the proxy route', () => {
  it('tells the browser its endpoints, and that none of them is the simulator', async () => {
    const res = await send('GET', '/proxy/config');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ endpoints: [upstreamUrl, closedUrl], default: upstreamUrl, simulators: [] });
  });

  it('forwards the method, path, query, body and the allowed headers only', async () => {
    const body = '{"flattenVmInstance":{"full":true,"dryRun":true},"systemTags":[],"userTags":[]}';
    await send('PUT', '/proxy/zstack/v1/vm-instances/abc/actions?q=a%3Db&x=1', {
      headers: {
        'X-Portal-Endpoint': upstreamUrl,
        Authorization: SESSION,
        'Content-Type': 'application/json;charset=UTF-8',
        Accept: 'application/json',
        'X-Job-UUID': JOB_UUID,
        'X-API-Timeout': '60',
        'X-Web-Hook': 'http://evil.example/hook',
        Cookie: 'portal=1',
        'X-Forwarded-For': '10.0.0.1',
        'X-Forwarded-Host': 'evil.example',
        Connection: 'keep-alive, X-Hop',
        'X-Hop': 'hop',
        'Keep-Alive': 'timeout=5',
        'Proxy-Authorization': 'Basic ZmFrZTpmYWtl',
        TE: 'trailers',
        Upgrade: 'h2c',
        'User-Agent': 'portal-test',
      },
      body,
      chunked: true,
    });
    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got!.method).toBe('PUT');
    expect(got!.url).toBe('/zstack/v1/vm-instances/abc/actions?q=a%3Db&x=1');
    expect(got!.body).toBe(body);
    expect(Object.keys(got!.headers).sort()).toEqual([
      'accept',
      'authorization',
      'connection',
      'content-length',
      'content-type',
      'host',
      'x-api-timeout',
      'x-job-uuid',
    ]);
    expect(got!.headers).toMatchObject({
      host: new URL(upstreamUrl).host,
      authorization: SESSION,
      'content-type': 'application/json;charset=UTF-8',
      accept: 'application/json',
      'x-job-uuid': JOB_UUID,
      'x-api-timeout': '60',
      'content-length': String(Buffer.byteLength(body)),
    });
  });

  it('returns the status, status text and body, without Set-Cookie or hop-by-hop headers', async () => {
    const res = await send('PUT', '/proxy/zstack/v1/vm-instances/abc/actions', {
      headers: { 'X-Portal-Endpoint': upstreamUrl },
      body: '{}',
    });
    expect([res.status, res.statusText]).toEqual([202, 'Accepted']);
    expect(res.body).toBe(`{"location":"${upstreamUrl}/zstack/v1/api-jobs/${JOB_UUID}"}`);
    expect(res.headers['x-upstream']).toBe('kept');
    expect(res.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['keep-alive']).not.toBe('timeout=99');
    expect(res.headers['x-portal-error']).toBeUndefined();
  });

  it.each([
    ['/zstack/v1/text-400', 400, 'Bad Request', 'text/plain;charset=UTF-8', "missing header 'Authorization'"],
    ['/zstack/v1/error-503', 503, 'Service Unavailable', 'application/json;charset=UTF-8', ERROR_503],
    ['/zstack/v1/api-jobs/expired', 404, 'Not Found', 'text/plain;charset=UTF-8', 'no api found'],
  ])('passes ZStack’s own %s answer through unchanged', async (path, status, statusText, contentType, body) => {
    const res = await send('GET', `/proxy${path}`, {
      headers: { 'X-Portal-Endpoint': upstreamUrl, Authorization: SESSION },
    });
    expect([res.status, res.statusText, res.headers['content-type'], res.body]).toEqual([
      status,
      statusText,
      contentType,
      body,
    ]);
    expect(res.headers['x-portal-error']).toBeUndefined();
  });
});

describe('the proxy route refuses', () => {
  it('an endpoint that is not allowed, with 403 and nothing sent upstream', async () => {
    const endpoints = [
      'http://169.254.169.254',
      'http://0xA9FEA9FE',
      'http://[::ffff:169.254.169.254]',
      'http://[fe80::1]',
      'http://100.100.100.200',
      'http://[fd00:ec2::254]',
      'http://metadata.google.internal',
      'http://evil.example',
      `${upstreamUrl}@evil.example`,
      `${upstreamUrl.replace('127.0.0.1', 'localhost')}`,
    ];
    for (const endpoint of endpoints) {
      const res = await send('PUT', '/proxy/zstack/v1/vm-instances/abc/actions', {
        headers: { 'X-Portal-Endpoint': endpoint, Authorization: SESSION },
        body: '{}',
      });
      expect(res.status).toBe(403);
      expect(res.headers['x-portal-error']).toBe('endpoint-not-allowed');
      expect(JSON.parse(res.body)).toEqual({
        portalError: {
          code: 'endpoint-not-allowed',
          message: `门户代理不允许访问 ${endpoint}：只能访问 PORTAL_PROXY_ENDPOINTS 中配置的 ZStack 管理节点。`,
        },
      });
    }
    expect(received).toEqual([]);
  });

  it('a missing endpoint header or another scheme, with 400', async () => {
    const missing = await send('GET', '/proxy/zstack/v1/zones');
    expect([missing.status, missing.headers['x-portal-error']]).toEqual([400, 'endpoint-missing']);
    const scheme = await send('GET', '/proxy/zstack/v1/zones', {
      headers: { 'X-Portal-Endpoint': 'file:///etc/passwd' },
    });
    expect([scheme.status, scheme.headers['x-portal-error']]).toEqual([400, 'endpoint-scheme']);
    expect(received).toEqual([]);
  });

  it('to follow a redirect, with 502', async () => {
    const res = await send('GET', '/proxy/zstack/v1/redirect', { headers: { 'X-Portal-Endpoint': upstreamUrl } });
    expect([res.status, res.headers['x-portal-error']]).toEqual([502, 'upstream-redirect']);
    expect(res.headers['location']).toBeUndefined();
    expect(received.map((r) => r.url)).toEqual(['/zstack/v1/redirect']);
  });

  it('to follow a redirect to a metadata address, and never contacts it', async () => {
    const res = await send('GET', '/proxy/zstack/v1/redirect-metadata', {
      headers: { 'X-Portal-Endpoint': upstreamUrl, Authorization: SESSION },
    });
    expect([res.status, res.headers['x-portal-error'], res.headers['location']]).toEqual([
      502,
      'upstream-redirect',
      undefined,
    ]);
    expect(JSON.parse(res.body).portalError.message).toBe(
      'ZStack 管理节点返回了重定向（HTTP 307），门户代理不跟随重定向。',
    );
  });

  it('to wait for an upstream that trickles its answer past the timeout, with 504', async () => {
    const started = Date.now();
    const res = await send('GET', '/proxy/zstack/v1/trickle', { headers: { 'X-Portal-Endpoint': upstreamUrl } });
    expect([res.status, res.headers['x-portal-error']]).toEqual([504, 'timeout']);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('to wait past the timeout, with 504', async () => {
    const started = Date.now();
    const res = await send('GET', '/proxy/zstack/v1/hang', { headers: { 'X-Portal-Endpoint': upstreamUrl } });
    expect([res.status, res.headers['x-portal-error']]).toEqual([504, 'timeout']);
    expect(JSON.parse(res.body).portalError.message).toBe(
      'ZStack 管理节点在 0.4 秒内没有响应，门户代理已放弃这次请求。',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a body over the limit, declared or streamed, with 413 and nothing sent upstream', async () => {
    const body = 'x'.repeat(2048);
    for (const chunked of [false, true]) {
      const res = await send('PUT', '/proxy/zstack/v1/vm-instances/abc/actions', {
        headers: { 'X-Portal-Endpoint': upstreamUrl, 'Content-Type': 'application/json' },
        body,
        chunked,
      });
      expect([res.status, res.headers['x-portal-error']]).toEqual([413, 'body-too-large']);
      expect(JSON.parse(res.body).portalError.message).toBe('请求体超过门户代理的上限 1 KiB。');
    }
    expect(received).toEqual([]);
  });

  it('a response over the limit, with 502', async () => {
    const res = await send('GET', '/proxy/zstack/v1/big', { headers: { 'X-Portal-Endpoint': upstreamUrl } });
    expect([res.status, res.headers['x-portal-error']]).toEqual([502, 'response-too-large']);
  });

  it('an endpoint that does not answer, with 502', async () => {
    const res = await send('GET', '/proxy/zstack/v1/zones', { headers: { 'X-Portal-Endpoint': closedUrl } });
    expect([res.status, res.headers['x-portal-error']]).toEqual([502, 'upstream-unreachable']);
    expect(JSON.parse(res.body).portalError.message).toBe(`无法连接 ZStack 管理节点 ${closedUrl}（ECONNREFUSED）。`);
  });
});

interface Sent {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One request with node:http, which (unlike fetch) sends Cookie, Connection and the other
 * headers a browser would add or forbid. `Origin` is the portal's, as a browser sends it.
 */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; chunked?: boolean } = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Origin: site.url, ...options.headers };
    if (options.body !== undefined && !options.chunked)
      headers['Content-Length'] = String(Buffer.byteLength(options.body));
    const req = request(`${site.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          statusText: res.statusMessage!,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}
