import { describe, expect, it } from 'vitest';
import { getProxyConfig, makePublicConfig } from '../../../../src/lib/proxy/config';
import { getAllowedEndpoint, getEndpointOrigin } from '../../../../src/lib/proxy/endpoints';

const ALLOWED = ['http://127.0.0.1:8080'];

describe('getEndpointOrigin', () => {
  it('normalises a base URL to its origin', () => {
    expect(getEndpointOrigin('http://127.0.0.1:8080/')).toEqual([null, 'http://127.0.0.1:8080']);
    expect(getEndpointOrigin(' HTTP://ZStack.Example:443 ')).toEqual([null, 'http://zstack.example:443']);
    expect(getEndpointOrigin('https://zstack.example:443')).toEqual([null, 'https://zstack.example']);
  });

  it('tells an unparsable value, a foreign scheme and a URL with more than an origin apart', () => {
    expect(getEndpointOrigin('127.0.0.1:8080')[0]).toBe('invalid');
    expect(getEndpointOrigin('localhost:8080')[0]).toBe('scheme');
    expect(getEndpointOrigin('not a url')[0]).toBe('invalid');
    expect(getEndpointOrigin('file:///etc/passwd')[0]).toBe('scheme');
    expect(getEndpointOrigin('javascript:alert(1)')[0]).toBe('scheme');
    expect(getEndpointOrigin('http://127.0.0.1:8080/zstack')[0]).toBe('not-origin');
    expect(getEndpointOrigin('http://127.0.0.1:8080/?')[0]).toBe('not-origin');
    expect(getEndpointOrigin('http://127.0.0.1:8080#x')[0]).toBe('not-origin');
    expect(getEndpointOrigin('http://admin@127.0.0.1:8080')[0]).toBe('not-origin');
  });
});

describe('getAllowedEndpoint', () => {
  it('accepts the allowed endpoint with or without a trailing slash', () => {
    expect(getAllowedEndpoint('http://127.0.0.1:8080', ALLOWED)).toEqual([null, 'http://127.0.0.1:8080']);
    expect(getAllowedEndpoint('http://127.0.0.1:8080/', ALLOWED)).toEqual([null, 'http://127.0.0.1:8080']);
  });

  it('refuses another host, port or scheme with 403', () => {
    for (const endpoint of [
      'http://localhost:8080',
      'http://127.0.0.1:8081',
      'https://127.0.0.1:8080',
      'http://169.254.169.254',
      'http://[::1]:8080',
    ]) {
      const [error] = getAllowedEndpoint(endpoint, ALLOWED);
      expect(error, endpoint).toMatchObject({ code: 'endpoint-not-allowed', status: 403 });
    }
  });

  it('refuses user-info tricks and URLs with a path', () => {
    for (const endpoint of [
      'http://127.0.0.1:8080@evil.example',
      'http://evil.example@127.0.0.1:8080',
      'http://127.0.0.1:8080\\@evil.example',
      'http://127.0.0.1:8080/zstack/v1',
    ]) {
      expect(getAllowedEndpoint(endpoint, ALLOWED)[0]?.code, endpoint).toBe('endpoint-not-allowed');
    }
  });

  it('refuses non-http schemes with 400', () => {
    for (const endpoint of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ftp://127.0.0.1:8080',
      'gopher://127.0.0.1:8080',
    ]) {
      expect(getAllowedEndpoint(endpoint, ALLOWED)[0], endpoint).toMatchObject({
        code: 'endpoint-scheme',
        status: 400,
      });
    }
  });

  it('refuses a missing or unparsable header with 400', () => {
    expect(getAllowedEndpoint(null, ALLOWED)[0]).toMatchObject({ code: 'endpoint-missing', status: 400 });
    expect(getAllowedEndpoint('  ', ALLOWED)[0]).toMatchObject({ code: 'endpoint-missing', status: 400 });
    expect(getAllowedEndpoint('http://', ALLOWED)[0]).toMatchObject({ code: 'endpoint-invalid', status: 400 });
  });
});

describe('getProxyConfig', () => {
  it('defaults to the built-in simulator and the documented limits', () => {
    const [error, config] = getProxyConfig({});
    expect(error).toBeNull();
    expect(config).toEqual({
      endpoints: ['http://127.0.0.1:8080'],
      defaultEndpoint: 'http://127.0.0.1:8080',
      simulators: ['http://127.0.0.1:8080'],
      timeoutMs: 30_000,
      maxRequestBytes: 1024 * 1024,
      maxResponseBytes: 10 * 1024 * 1024,
      allowedHosts: ['localhost', '127.0.0.1', '::1'],
    });
    expect(makePublicConfig(config!)).toEqual({
      endpoints: ['http://127.0.0.1:8080'],
      default: 'http://127.0.0.1:8080',
      simulators: ['http://127.0.0.1:8080'],
    });
  });

  it('counts as the simulator only what PORTAL_SIMULATOR_ENDPOINTS names among the endpoints', () => {
    const endpoints = 'http://127.0.0.1:8089,https://zstack.example';
    expect(getProxyConfig({ PORTAL_PROXY_ENDPOINTS: endpoints })[1]?.simulators).toEqual([]);
    const named = {
      PORTAL_PROXY_ENDPOINTS: endpoints,
      PORTAL_SIMULATOR_ENDPOINTS: 'http://127.0.0.1:8089/,http://x:1',
    };
    expect(getProxyConfig(named)[1]?.simulators).toEqual(['http://127.0.0.1:8089']);
    expect(getProxyConfig({ PORTAL_SIMULATOR_ENDPOINTS: 'ftp://x' })[0]).toBe(
      'PORTAL_SIMULATOR_ENDPOINTS 中的「ftp://x」不是 http 或 https 的基础地址（例如 http://127.0.0.1:8080）',
    );
  });

  it('reads a comma-separated list of endpoints, normalised and without repeats, the first as default', () => {
    const [, config] = getProxyConfig({
      PORTAL_PROXY_ENDPOINTS: ' https://zstack.example/ , http://127.0.0.1:8080,https://zstack.example,',
    });
    expect(config?.endpoints).toEqual(['https://zstack.example', 'http://127.0.0.1:8080']);
    expect(config?.defaultEndpoint).toBe('https://zstack.example');
  });

  it('reads the timeout and the body limit', () => {
    const [, config] = getProxyConfig({
      PORTAL_PROXY_TIMEOUT_MS: '250',
      PORTAL_PROXY_MAX_BODY: '64',
      PORTAL_PROXY_MAX_RESPONSE: '128',
    });
    expect(config).toMatchObject({ timeoutMs: 250, maxRequestBytes: 64, maxResponseBytes: 128 });
  });

  it('names the variable and the value that is wrong', () => {
    expect(getProxyConfig({ PORTAL_PROXY_ENDPOINTS: 'http://127.0.0.1:8080,file:///etc' })[0]).toBe(
      'PORTAL_PROXY_ENDPOINTS 中的「file:///etc」不是 http 或 https 的基础地址（例如 http://127.0.0.1:8080）',
    );
    expect(getProxyConfig({ PORTAL_PROXY_ENDPOINTS: 'http://zstack.example/zstack/v1' })[0]).toContain(
      '「http://zstack.example/zstack/v1」',
    );
    expect(getProxyConfig({ PORTAL_PROXY_TIMEOUT_MS: '30s' })[0]).toBe(
      'PORTAL_PROXY_TIMEOUT_MS 必须是正整数，而不是「30s」',
    );
    expect(getProxyConfig({ PORTAL_PROXY_MAX_BODY: '0' })[0]).toBe('PORTAL_PROXY_MAX_BODY 必须是正整数，而不是「0」');
  });
});
