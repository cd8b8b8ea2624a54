import { describe, expect, it } from 'vitest';
import { getProxyConfig } from '../../../../src/lib/proxy/config';
import { isAllowedHost, parseAllowedHosts } from '../../../../src/lib/proxy/hosts';

describe('parseAllowedHosts', () => {
  it('defaults to the localhost names', () => {
    expect(parseAllowedHosts(undefined)).toEqual([null, ['localhost', '127.0.0.1', '::1']]);
    expect(parseAllowedHosts(' , ')).toEqual([null, ['localhost', '127.0.0.1', '::1']]);
  });

  it('reads names and addresses, lower case, without a final dot or brackets', () => {
    expect(parseAllowedHosts('Docs.Example.com., [fd00::1], 10.0.0.5, fd00::2, docs.example.com')).toEqual([
      null,
      ['docs.example.com', 'fd00::1', '10.0.0.5', 'fd00::2'],
    ]);
  });

  it.each([
    'http://docs.example.com',
    'docs.example.com:4321',
    'docs.example.com/x',
    'user@docs.example.com',
    'a b',
    '127.1',
  ])('refuses %s, which is not a bare host name', (value) => {
    expect(parseAllowedHosts(`localhost,${value}`)).toEqual([value, null]);
  });

  it('makes a bad entry a configuration error that names the variable', () => {
    expect(getProxyConfig({ PORTAL_ALLOWED_HOSTS: 'docs.example.com:443' })[0]).toBe(
      'PORTAL_ALLOWED_HOSTS 中的「docs.example.com:443」不是主机名或 IP 地址（不带协议、端口和路径，例如 docs.example.com）',
    );
  });
});

describe('isAllowedHost', () => {
  const defaults = parseAllowedHosts(undefined)[1]!;

  it('accepts the localhost names on any port', () => {
    for (const url of ['http://localhost:4321/', 'http://LOCALHOST./', 'http://127.0.0.1:1/', 'http://[::1]:4321/']) {
      expect(isAllowedHost(new URL(url), defaults), url).toBe(true);
    }
  });

  it('refuses another name, even one that resolves to loopback', () => {
    for (const url of [
      'http://attacker.example:4321/',
      'http://localhost.attacker.example/',
      'http://127.0.0.2/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      expect(isAllowedHost(new URL(url), defaults), url).toBe(false);
    }
  });
});
