import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseUnservedMethod } from '../../../src/server/methods';

const SESSION = '5e551033feedfacecafebeef00000000';

let server: Server;
let port: number;
const reachedHandler: string[] = [];

beforeAll(async () => {
  // Stands for the Astro adapter: whatever reaches it is recorded.
  server = createServer((req, res) => {
    if (refuseUnservedMethod(req, res)) return;
    reachedHandler.push(req.method!);
    res.end('page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function send(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('refuseUnservedMethod', () => {
  it.each(['TRACE', 'PROPFIND', 'MKCOL', 'PURGE'])(
    'answers %s with 405 before the adapter, in the proxy’s refusal format',
    async (method) => {
      const answer = await send(method, `/proxy/zstack/v1/accounts/sessions/${SESSION}?session=${SESSION}`);
      expect([answer.status, answer.headers['x-portal-error'], answer.headers['allow']]).toEqual([
        405,
        'method-not-allowed',
        'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
      ]);
      expect(JSON.parse(answer.body).portalError.message).toBe(`门户代理不转发 ${method} 请求。`);
      expect(answer.body).not.toContain(SESSION);
      expect(reachedHandler).toEqual([]);
    },
  );

  it('passes the methods the site serves on to the adapter', async () => {
    for (const method of ['GET', 'DELETE', 'OPTIONS']) expect((await send(method, '/')).status).toBe(200);
    expect(reachedHandler).toEqual(['GET', 'DELETE', 'OPTIONS']);
  });
});
