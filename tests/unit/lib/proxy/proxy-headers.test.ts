import { describe, expect, it } from 'vitest';
import { getForwardedRequestHeaders, getReturnedResponseHeaders } from '../../../../src/lib/proxy/headers';

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
  const SAFETY = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Content-Security-Policy', "sandbox; default-src 'none'; frame-ancestors 'none'"],
  ];

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
      ...SAFETY,
    ]);
  });

  it('drops ZStack’s CORS, framing and content-handling headers and puts the portal’s in their place', () => {
    const raw: Array<[string, string]> = [
      ['Content-Type', 'text/plain;charset=UTF-8'],
      ['Access-Control-Allow-Origin', '*'],
      ['access-control-allow-credentials', 'true'],
      ['Access-Control-Allow-Headers', 'Authorization'],
      ['Access-Control-Expose-Headers', 'X-Session'],
      ['Access-Control-Max-Age', '600'],
      ['Content-Security-Policy', "script-src 'unsafe-inline'"],
      ['Content-Security-Policy-Report-Only', "default-src 'none'"],
      ['Content-Disposition', 'inline'],
      ['X-Content-Type-Options', 'sniff'],
      ['X-Frame-Options', 'ALLOWALL'],
      ['Timing-Allow-Origin', '*'],
    ];
    expect(getReturnedResponseHeaders(raw)).toEqual([['Content-Type', 'text/plain;charset=UTF-8'], ...SAFETY]);
  });

  it.each([
    'text/html;charset=UTF-8',
    'application/xhtml+xml',
    'image/svg+xml',
    'text/xml',
    'application/octet-stream',
    undefined,
  ])('makes a download of a %s answer, which a browser would render', (type) => {
    const headers = getReturnedResponseHeaders(type === undefined ? [] : [['Content-Type', type]]);
    expect(headers.slice(-3)).toEqual([...SAFETY, ['Content-Disposition', 'attachment']]);
  });

  it.each(['application/json;charset=UTF-8', 'application/problem+json', 'TEXT/PLAIN'])(
    'leaves a %s answer inline',
    (type) => {
      expect(getReturnedResponseHeaders([['Content-Type', type]]).map(([name]) => name)).not.toContain(
        'Content-Disposition',
      );
    },
  );
});
