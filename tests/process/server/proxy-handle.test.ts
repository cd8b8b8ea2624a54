import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleConfigRequest, handleProxyRequest } from '../../../src/server/proxy/handle';

const HTML = '<!doctype html><script>alert(document.domain)</script>';

let upstream: Server;
let upstreamUrl: string;
let informational: TcpServer;
let informationalUrl: string;
const sockets = new Set<Socket>();
let received: string[] = [];

beforeAll(async () => {
  upstream = createHttpServer((req, res) => {
    received.push(req.url!);
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'X-Secret',
    };
    if (req.url === '/zstack/v1/html')
      res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8', ...cors }).end(HTML);
    else res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', ...cors }).end('{"inventories":[]}');
  });
  upstreamUrl = await listen(upstream);
  // Answers every request with a 1xx status line and nothing after it (the status is the path's last segment).
  informational = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', (chunk) => {
      const status = /^\w+ \/zstack\/v1\/(\d+)/.exec(chunk.toString())?.[1] ?? '102';
      const extra = status === '101' ? 'Upgrade: zstack\r\nConnection: Upgrade\r\n' : '';
      socket.write(`HTTP/1.1 ${status} Informational\r\n${extra}\r\n`);
    });
  });
  informationalUrl = await listen(informational);
});

afterAll(async () => {
  upstream.closeAllConnections();
  for (const socket of sockets) socket.destroy();
  await Promise.all([
    new Promise((resolve) => upstream.close(resolve)),
    new Promise((resolve) => informational.close(resolve)),
  ]);
});

beforeEach(() => {
  received = [];
});

function listen(server: Server | TcpServer): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

function env(extra: Record<string, string> = {}) {
  return { PORTAL_PROXY_ENDPOINTS: `${upstreamUrl},${informationalUrl}`, PORTAL_PROXY_TIMEOUT_MS: '5000', ...extra };
}

function get(url: string, endpoint = upstreamUrl) {
  return new Request(url, { headers: { Origin: new URL(url).origin, 'X-Portal-Endpoint': endpoint } });
}

describe('the proxy’s host allow-list', () => {
  it('refuses a request to another host name with a matching Origin (DNS rebinding), and sends nothing', async () => {
    const response = await handleProxyRequest(get('http://attacker.example:4321/proxy/zstack/v1/zones'), env());
    expect([response.status, response.headers.get('X-Portal-Error')]).toEqual([403, 'host-not-allowed']);
    expect((await response.json()).portalError.message).toContain('attacker.example');
    const config = handleConfigRequest(new Request('http://attacker.example:4321/proxy/config'), env());
    expect([config.status, config.headers.get('X-Portal-Error')]).toEqual([403, 'host-not-allowed']);
    expect(received).toEqual([]);
  });

  it('serves the localhost names by default, and only the configured names once PORTAL_ALLOWED_HOSTS is set', async () => {
    for (const origin of ['http://localhost:4321', 'http://127.0.0.1:4321', 'http://[::1]:4321']) {
      expect((await handleProxyRequest(get(`${origin}/proxy/zstack/v1/zones`), env())).status, origin).toBe(200);
    }
    const configured = env({ PORTAL_ALLOWED_HOSTS: 'docs.example.com' });
    expect((await handleProxyRequest(get('https://docs.example.com/proxy/zstack/v1/zones'), configured)).status).toBe(
      200,
    );
    expect((await handleProxyRequest(get('http://localhost:4321/proxy/zstack/v1/zones'), configured)).status).toBe(403);
    expect(handleConfigRequest(new Request('https://docs.example.com/proxy/config'), configured).status).toBe(200);
  });
});

describe('the proxy’s answers from ZStack', () => {
  it('make an HTML answer a sandboxed download, without ZStack’s CORS headers', async () => {
    const response = await handleProxyRequest(get('http://localhost:4321/proxy/zstack/v1/html'), env());
    expect(await response.text()).toBe(HTML);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html;charset=UTF-8',
      'content-disposition': 'attachment',
      'content-security-policy': "sandbox; default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      date: expect.any(String),
    });
  });

  it('leave a JSON answer inline, with nosniff and without CORS headers', async () => {
    const response = await handleProxyRequest(get('http://localhost:4321/proxy/zstack/v1/zones'), env());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});

describe('the proxy and a 1xx from ZStack', () => {
  it.each(['102', '103', '101'])(
    'answers %s as upstream-invalid at once, not as unreachable after the timeout',
    async (status) => {
      const started = performance.now();
      const response = await handleProxyRequest(
        get(`http://localhost:4321/proxy/zstack/v1/${status}`, informationalUrl),
        env(),
      );
      expect([response.status, response.headers.get('X-Portal-Error')]).toEqual([502, 'upstream-invalid']);
      expect((await response.json()).portalError.message).toBe(`ZStack 管理节点返回了无效的 HTTP 状态码 ${status}。`);
      expect(performance.now() - started).toBeLessThan(2_000);
    },
    15_000,
  );
});
