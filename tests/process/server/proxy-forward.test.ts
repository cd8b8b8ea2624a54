import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UpstreamRequest } from '../../../src/lib/proxy/plan';
import { sendUpstream, type UpstreamOptions } from '../../../src/server/proxy/forward';
import type { Lookup } from '../../../src/server/proxy/resolve';

const SESSION = 'OAuth fake-session-0000000000000000';

let server: Server;
let port: number;
let received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push({ url: req.url!, headers: req.headers });
    if (req.url === '/zstack/v1/trickle') return trickle(res);
    res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
    res.end('{"inventories":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
});

/** Headers at once, then one byte every 50 ms, forever: a slow-loris upstream. */
function trickle(res: ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
  const timer = setInterval(() => res.write(' '), 50);
  res.on('close', () => clearInterval(timer));
}

/** A resolver that answers each call with the next list of addresses, and counts the calls. */
function makeLookup(...answers: string[][]): Lookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const addresses = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

function send(origin: string, lookup: Lookup, options: Partial<UpstreamOptions> = {}, path = '/zstack/v1/zones') {
  const upstream: UpstreamRequest = { origin, path, method: 'GET', headers: [['Authorization', SESSION]] };
  return sendUpstream(upstream, undefined, {
    timeoutMs: 2_000,
    maxResponseBytes: 65_536,
    endpoints: [origin],
    lookup,
    ...options,
  });
}

describe('sendUpstream', () => {
  it('resolves an endpoint’s name once and connects to the checked address, naming the host as configured', async () => {
    const origin = `http://zstack.test:${port}`;
    const lookup = makeLookup(['127.0.0.1'], ['169.254.169.254']);
    const [error, answer] = await send(origin, lookup);
    expect(error).toBeNull();
    expect(answer!.status).toBe(200);
    expect(lookup.calls).toEqual(['zstack.test']);
    expect(received.map((r) => [r.url, r.headers.host, r.headers.authorization])).toEqual([
      ['/zstack/v1/zones', `zstack.test:${port}`, SESSION],
    ]);
  });

  it('tries the next checked address when one refuses the connection', async () => {
    // Nothing listens on 127.0.0.2 (loopback too, on Linux): as when a name gives ::1 before 127.0.0.1.
    const origin = `http://zstack.test:${port}`;
    const [error, answer] = await send(origin, makeLookup(['127.0.0.2', '127.0.0.1']));
    expect(error).toBeNull();
    expect(answer!.status).toBe(200);
    const [refused] = await send(origin, makeLookup(['127.0.0.2']));
    expect(refused?.message).toBe(`无法连接 ZStack 管理节点 ${origin}（ECONNREFUSED）。`);
  });

  it('refuses a name that resolves to a link-local address, and sends nothing', async () => {
    const origin = `http://zstack.test:${port}`;
    for (const addresses of [
      ['169.254.169.254'],
      ['127.0.0.1', 'fe80::1'],
      ['::ffff:169.254.169.254'],
      ['100.100.100.200'],
      ['fd00:ec2::254'],
    ]) {
      const [error] = await send(origin, makeLookup(addresses));
      expect(error?.code, addresses.join()).toBe('endpoint-forbidden-address');
      expect(error?.status).toBe(403);
    }
    const [error] = await send(origin, makeLookup(['169.254.169.254']));
    expect(error?.message).toBe(
      `门户代理拒绝连接 ${origin}：它解析到链路本地或云平台元数据地址 169.254.169.254，访问它可能泄露主机的凭据。如确需访问该地址，请在 PORTAL_PROXY_ENDPOINTS 中直接写出这个 IP 地址。`,
    );
    expect(received).toEqual([]);
  });

  it('connects to such an address when the address itself is an endpoint', async () => {
    // 0.0.0.0 is refused by the same rule as 169.254.0.0/16 and, unlike it, reaches this host.
    const origin = `http://zstack.test:${port}`;
    const refused = await send(origin, makeLookup(['0.0.0.0']));
    expect(refused[0]?.code).toBe('endpoint-forbidden-address');
    const [error, answer] = await send(origin, makeLookup(['0.0.0.0']), { endpoints: [origin, 'http://0.0.0.0:9'] });
    expect(error).toBeNull();
    expect(answer!.status).toBe(200);
  });

  it('refuses a metadata service’s name without resolving it', async () => {
    const lookup = makeLookup(['127.0.0.1']);
    const [error] = await send('http://metadata.google.internal', lookup);
    expect(error).toEqual({
      code: 'endpoint-metadata-name',
      status: 403,
      message:
        '门户代理拒绝连接 http://metadata.google.internal：这是云平台元数据服务的主机名，访问它可能泄露主机的凭据。',
    });
    expect(lookup.calls).toEqual([]);
  });

  it('reports a name that does not resolve as unreachable', async () => {
    const lookup: Lookup = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' }));
    const [error] = await send('http://nowhere.test', lookup);
    expect(error?.message).toBe('无法连接 ZStack 管理节点 http://nowhere.test（ENOTFOUND）。');
  });

  it('connects to an IP endpoint without resolving anything', async () => {
    const lookup = makeLookup(['169.254.169.254']);
    const [error] = await send(`http://127.0.0.1:${port}`, lookup);
    expect(error).toBeNull();
    expect(lookup.calls).toEqual([]);
  });

  it('gives up on an upstream that trickles its answer once the whole exchange passes the timeout', async () => {
    const started = Date.now();
    const [error] = await send(`http://127.0.0.1:${port}`, makeLookup([]), { timeoutMs: 300 }, '/zstack/v1/trickle');
    expect(error).toMatchObject({
      code: 'timeout',
      status: 504,
      message: 'ZStack 管理节点在 0.3 秒内没有响应，门户代理已放弃这次请求。',
    });
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
