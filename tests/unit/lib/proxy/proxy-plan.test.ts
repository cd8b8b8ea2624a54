import { describe, expect, it } from 'vitest';
import { getProxyConfig, type ProxyConfig } from '../../../../src/lib/proxy/config';
import { makeUpstreamRequest } from '../../../../src/lib/proxy/plan';
import { getUpstreamPath } from '../../../../src/lib/proxy/target';

const config = getProxyConfig({})[1] as ProxyConfig;

function plan(url: string, method: string, headers: Record<string, string>) {
  return makeUpstreamRequest({ url: new URL(url), method, headers: new Headers(headers) }, config);
}

describe('getUpstreamPath', () => {
  it('strips /proxy and keeps the path and query as received', () => {
    expect(getUpstreamPath(new URL('http://localhost:4321/proxy/zstack/v1/vm-instances?q=name%3Dvm&limit=1'))).toEqual([
      null,
      '/zstack/v1/vm-instances?q=name%3Dvm&limit=1',
    ]);
  });

  it('keeps dot segments resolved by the URL parser inside /zstack/v1/ or refuses them', () => {
    expect(getUpstreamPath(new URL('http://localhost:4321/proxy/zstack/v1/a/../b'))).toEqual([null, '/zstack/v1/b']);
    expect(getUpstreamPath(new URL('http://localhost:4321/proxy/zstack/v1/../../admin'))[0]?.code).toBe(
      'path-not-allowed',
    );
  });

  it('refuses encoded slashes, backslashes and dots, and paths outside /zstack/v1/', () => {
    for (const path of [
      '/proxy/zstack/v1/a%2F..%2F..%2Fadmin',
      '/proxy/zstack/v1/a%5c..',
      '/proxy/zstack/v1/%2e%2e/x',
      '/proxy/zstack/v2/x',
      '/proxy/other',
      '/proxyzstack/v1/x',
    ]) {
      expect(getUpstreamPath(new URL(`http://localhost:4321${path}`))[0], path).toMatchObject({
        code: 'path-not-allowed',
        status: 400,
      });
    }
  });
});

describe('getUpstreamPath and servlet path normalisation', () => {
  it.each([
    '/proxy/zstack/v1/..;/..;/admin',
    '/proxy/zstack/v1/a/..;x/b',
    '/proxy/zstack/v1/.;x/b',
    '/proxy/zstack/v1/..;jsessionid=0/b',
    '/proxy/zstack/v1/%2e%2e;/b',
    '/proxy/zstack/v1/.%2e/b',
    '/proxy/zstack/v1/%252e%252e/b',
    '/proxy/zstack/v1/%25252e%25252e/b',
    '/proxy/zstack/v1/..%3b/b',
    '/proxy/zstack/v1/..%253B/b',
    '/proxy/zstack/v1/a;b/c',
    '/proxy/zstack/v1/a%252fb',
    '/proxy/zstack/v1/a%255cb',
    '/proxy/zstack/v1/bad%zzencoding',
    '/proxy/zstack/v1/%2525252525252e',
  ])('refuses %s, which a servlet container could read as another path', (path) => {
    expect(getUpstreamPath(new URL(`http://localhost:4321${path}`))[0]).toMatchObject({
      code: 'path-not-allowed',
      status: 400,
    });
  });

  it('keeps ordinary segments, percent-encoded characters and dots inside names', () => {
    for (const path of [
      '/zstack/v1/vm-instances/abc/actions',
      '/zstack/v1/global-configurations/vm/%E4%B8%AD',
      '/zstack/v1/a.b/..c/c..',
    ]) {
      expect(getUpstreamPath(new URL(`http://localhost:4321/proxy${path}`))).toEqual([null, path]);
    }
  });
});

describe('makeUpstreamRequest', () => {
  it('plans the request to the allowed endpoint with the forwarded headers only', () => {
    const [error, upstream] = plan('http://localhost:4321/proxy/zstack/v1/vm-instances/abc/actions', 'PUT', {
      'X-Portal-Endpoint': 'http://127.0.0.1:8080/',
      Authorization: 'OAuth fake-session-0000',
      Cookie: 'portal=1',
    });
    expect(error).toBeNull();
    expect(upstream).toEqual({
      origin: 'http://127.0.0.1:8080',
      path: '/zstack/v1/vm-instances/abc/actions',
      method: 'PUT',
      headers: [['Authorization', 'OAuth fake-session-0000']],
    });
  });

  it('checks the endpoint before anything else', () => {
    expect(
      plan('http://localhost:4321/proxy/other', 'TRACE', { 'X-Portal-Endpoint': 'http://evil.example' })[0]?.code,
    ).toBe('endpoint-not-allowed');
  });

  it('refuses methods outside the REST API', () => {
    expect(
      plan('http://localhost:4321/proxy/zstack/v1/x', 'OPTIONS', { 'X-Portal-Endpoint': 'http://127.0.0.1:8080' })[0],
    ).toMatchObject({
      code: 'method-not-allowed',
      status: 405,
      message: '门户代理不转发 OPTIONS 请求。',
    });
  });
});
