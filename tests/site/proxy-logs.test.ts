import { createServer, request, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPortalProcess, type PortalProcess } from '../../src/server/portal-process';
import { abortMidBody } from '../support/abort-body';

/** Fake sessions: one in the Authorization header, one in a path and a body. */
const SESSION = 'fake-session-4c06d2e1a9b5';
const SESSION_UUID = '5e551033feedfacecafebeef00000000';
const AUTHORIZATION = `OAuth ${SESSION}`;

let upstream: Server;
let upstreamUrl: string;
let closedUrl: string;
let portal: PortalProcess;
let output = '';

const answers: Record<string, (res: ServerResponse) => void> = {
  '/zstack/v1/ok': (res) => res.end(`{"inventory":{"uuid":"${SESSION_UUID}"}}`),
  '/zstack/v1/hang': () => {},
  '/zstack/v1/redirect': (res) => {
    res.writeHead(302, { Location: `http://169.254.169.254/latest/meta-data/?session=${SESSION}` });
    res.end();
  },
  '/zstack/v1/big': (res) => res.end(`${SESSION} `.repeat(10_000)),
  '/zstack/v1/invalid': (res) => {
    res.writeHead(600);
    res.end(SESSION);
  },
  '/zstack/v1/reset': (res) => res.socket?.destroy(),
};

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => (answers[req.url!.split('?')[0]!] ?? answers['/zstack/v1/ok']!)(res));
  });
  upstreamUrl = await listen(upstream);
  const closed = createServer();
  closedUrl = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
  portal = await startPortalProcess(
    `${inject('siteDir')}/server/portal.mjs`,
    {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      PORTAL_PROXY_ENDPOINTS: [
        upstreamUrl,
        closedUrl,
        'http://metadata.google.internal',
        'http://nowhere.invalid',
      ].join(','),
      PORTAL_PROXY_TIMEOUT_MS: '300',
      PORTAL_PROXY_MAX_BODY: '1024',
      PORTAL_PROXY_MAX_RESPONSE: '4096',
    },
    { onOutput: (text) => (output += text) },
  );
});

afterAll(async () => {
  await portal?.stop();
  upstream?.closeAllConnections();
  await new Promise((resolve) => upstream?.close(resolve));
});

describe('the proxy’s logs', () => {
  it('never show a session, whether the request passes or is refused', async () => {
    const headers = {
      Authorization: AUTHORIZATION,
      'X-Portal-Endpoint': upstreamUrl,
      'Content-Type': 'application/json',
      Cookie: `session=${SESSION}`,
    };
    const body = `{"logOut":{"sessionUuid":"${SESSION_UUID}"},"systemTags":["${SESSION}"]}`;
    const statuses = [
      await send('PUT', `/proxy/zstack/v1/ok/${SESSION_UUID}?session=${SESSION}`, headers, body),
      await send('GET', '/proxy/zstack/v1/ok', { ...headers, 'X-Portal-Endpoint': `http://${SESSION}@evil.example` }),
      await send('GET', '/proxy/zstack/v1/ok', { ...headers, 'X-Portal-Endpoint': 'http://169.254.169.254' }),
      await send('GET', '/proxy/zstack/v1/ok', { ...headers, 'X-Portal-Endpoint': 'http://metadata.google.internal' }),
      await send('GET', '/proxy/zstack/v1/ok', { ...headers, 'X-Portal-Endpoint': `file:///${SESSION}` }),
      await send('GET', `/proxy/zstack/v1/a%2F..%2F${SESSION}`, headers),
      await send('GET', `/proxy/zstack/v2/${SESSION}`, headers),
      await send('OPTIONS', '/proxy/zstack/v1/ok', headers),
      await send('TRACE', '/proxy/zstack/v1/ok', headers),
      // LogOut names the session in its path (ZStack's design): no method, refused or not, may log it.
      await send('TRACE', `/proxy/zstack/v1/accounts/sessions/${SESSION_UUID}?session=${SESSION}`, headers),
      await send('DELETE', `/proxy/zstack/v1/accounts/sessions/${SESSION_UUID}`, headers),
      await send('PROPFIND', `/zstack/v1/accounts/sessions/${SESSION_UUID}?session=${SESSION}`, headers),
      await send('GET', `/proxy/zstack/v1/..;/..;/accounts/sessions/${SESSION_UUID}`, headers),
      await send('GET', `/proxy/zstack/v1/accounts/sessions/${SESSION_UUID}`, {
        ...headers,
        Host: 'attacker.example',
        Origin: 'http://attacker.example',
      }),
      await send('PUT', '/proxy/zstack/v1/ok', headers, SESSION.repeat(100)),
      await send(
        'PUT',
        '/proxy/zstack/v1/ok',
        { ...headers, 'Content-Type': 'text/plain', Origin: 'http://evil.example' },
        body,
      ),
      await send('GET', '/proxy/zstack/v1/hang', headers),
      await send('GET', '/proxy/zstack/v1/redirect', headers),
      await send('GET', '/proxy/zstack/v1/big', headers),
      await send('GET', '/proxy/zstack/v1/invalid', headers),
      await send('GET', '/proxy/zstack/v1/reset', headers),
      await send('GET', '/proxy/zstack/v1/ok', { ...headers, 'X-Portal-Endpoint': closedUrl }),
      await send('GET', '/proxy/zstack/v1/ok', { ...headers, 'X-Portal-Endpoint': 'http://nowhere.invalid' }),
      await sendSlowBody(headers),
    ];
    // v2 has no route (the site's 404); TRACE and PROPFIND are refused before the Node adapter, which would log their URL.
    expect(statuses).toEqual([
      200, 403, 403, 403, 400, 400, 404, 405, 405, 405, 200, 405, 400, 403, 413, 403, 504, 502, 502, 502, 502, 502, 502,
      408,
    ]);
    await abortMidway(headers);
    await abortMidBody(portal.url, {
      path: `/proxy/zstack/v1/accounts/sessions/${SESSION_UUID}?session=${SESSION}`,
      headers: { ...headers, Origin: portal.url },
      sent: `{"session":"${SESSION}"`,
    });
    await sendGarbage();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The capture works: the server's own startup line is in it.
    expect(output).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).not.toContain(SESSION);
    expect(output).not.toContain(SESSION_UUID);
  });
});

/** One request; resolves with the status. `Origin` is the portal's, as a browser sends it. */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${portal.url}${path}`, { method, headers: { Origin: portal.url, ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A body that starts and never finishes: the proxy stops waiting after its timeout. */
function sendSlowBody(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${portal.url}/proxy/zstack/v1/ok`,
      { method: 'PUT', headers: { Origin: portal.url, ...headers, 'Transfer-Encoding': 'chunked' } },
      (res) => {
        res.resume();
        res.on('end', () => {
          req.destroy();
          resolve(res.statusCode!);
        });
      },
    );
    req.on('error', reject);
    req.write(`{"session":"${SESSION}"`);
  });
}

/** The browser goes away while the proxy waits for ZStack. */
function abortMidway(headers: Record<string, string>): Promise<void> {
  return new Promise((resolve) => {
    const req = request(`${portal.url}/proxy/zstack/v1/hang`, { headers: { Origin: portal.url, ...headers } });
    req.on('error', () => resolve());
    req.end();
    setTimeout(() => req.destroy(), 100);
  });
}

/** Bytes that are not HTTP, with a session in them. */
function sendGarbage(): Promise<void> {
  return new Promise((resolve) => {
    const { port } = new URL(portal.url);
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.end(
        `GET /proxy/zstack/v1/ok HTTP/1.1\r\nAuthorization: ${AUTHORIZATION}\r\nBad Header ${SESSION}\r\n\r\n`,
      ),
    );
    socket.on('data', () => {});
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}
