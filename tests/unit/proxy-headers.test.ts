import { describe, expect, it } from 'vitest';
import { getForwardedRequestHeaders, getReturnedResponseHeaders } from '../../src/lib/proxy/headers';

describe('getForwardedRequestHeaders', () => {
  it('keeps exactly Authorization, Content-Type, Accept, X-Job-UUID and X-API-Timeout', () => {
    const headers = new Headers({
      authorization: 'OAuth fake-session-0000',
      'content-type': 'application/json;charset=UTF-8',
      accept: 'application/json',
      'x-job-uuid': '0123456789abcdef0123456789abcdef',
      'x-api-timeout': '60',
      'x-web-hook': 'http://evil.example/hook',
      cookie: 'portal=1',
      host: 'localhost:4321',
      origin: 'http://localhost:4321',
      'x-forwarded-for': '10.0.0.1',
      'x-forwarded-host': 'evil.example',
      'x-portal-endpoint': 'http://127.0.0.1:8080',
      connection: 'keep-alive',
      'keep-alive': 'timeout=5',
      'proxy-authorization': 'Basic ZmFrZTpmYWtl',
      te: 'trailers',
      trailer: 'x-sum',
      'transfer-encoding': 'chunked',
      upgrade: 'websocket',
      'accept-encoding': 'gzip',
      'user-agent': 'test',
    });
    expect(getForwardedRequestHeaders(headers)).toEqual([
      ['Accept', 'application/json'],
      ['Authorization', 'OAuth fake-session-0000'],
      ['Content-Type', 'application/json;charset=UTF-8'],
      ['X-API-Timeout', '60'],
      ['X-Job-UUID', '0123456789abcdef0123456789abcdef'],
    ]);
  });
});

describe('getReturnedResponseHeaders', () => {
  it('drops Set-Cookie, hop-by-hop headers, those Connection names and a forged X-Portal-Error', () => {
    const raw: Array<[string, string]> = [
      ['Content-Type', 'application/json;charset=UTF-8'],
      ['Content-Length', '2'],
      ['Set-Cookie', 'JSESSIONID=fake; Path=/'],
      ['Set-Cookie2', 'old=1'],
      ['Connection', 'keep-alive, X-Internal'],
      ['Keep-Alive', 'timeout=5'],
      ['Transfer-Encoding', 'chunked'],
      ['Proxy-Authenticate', 'Basic'],
      ['Trailer', 'x-sum'],
      ['Upgrade', 'h2c'],
      ['TE', 'trailers'],
      ['X-Internal', 'secret'],
      ['X-Portal-Error', 'timeout'],
      ['Date', 'Thu, 26 Nov 2026 10:00:00 GMT'],
      ['Location', 'http://127.0.0.1:8080/zstack/v1/api-jobs/x'],
    ];
    expect(getReturnedResponseHeaders(raw)).toEqual([
      ['Content-Type', 'application/json;charset=UTF-8'],
      ['Content-Length', '2'],
      ['Date', 'Thu, 26 Nov 2026 10:00:00 GMT'],
      ['Location', 'http://127.0.0.1:8080/zstack/v1/api-jobs/x'],
    ]);
  });
});
