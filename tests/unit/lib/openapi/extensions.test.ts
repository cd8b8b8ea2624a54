import { describe, expect, it } from 'vitest';
import { EXTENSION_RULES, findExtensionFault } from '../../../../src/lib/openapi/extensions';
import { resolveServerUrl } from '../../../../src/lib/openapi/server-url';

function withOperation(operation: Record<string, unknown>, root: Record<string, unknown> = {}) {
  return {
    openapi: '3.1.0',
    ...root,
    paths: { '/zstack/v1/things': { get: { operationId: 'QueryThing', ...operation } } },
  };
}

describe('vendor extension values', () => {
  it.each([
    ['x-zstack-sdk-action', 'Query Thing', '标识符'],
    ['x-zstack-sdk-action', 'QueryThingAction"; System.exit(1); "', '标识符'],
    ['x-zstack-since', '5.2; rm -rf /', '版本号'],
    ['x-zstack-since', 5.2, '版本号'],
    ['x-zstack-async', 'yes', 'true 或 false'],
    ['x-zstack-category', '云主机', '非空字符串列表'],
    ['x-zstack-category', ['资源中心', 3], '非空字符串列表'],
    ['x-zstack-allowed-states', ['Running', 'Stopped or worse'], '标识符列表'],
    ['x-zstack-session', 'logout', 'logIn 或 logOut'],
    ['x-zstack-state-transition', { to: 'Running</script>' }, '{from?, during?, to, fields?}'],
    ['x-zstack-delete', { successIfMissing: 'true' }, '{modeParameter?, successIfMissing?}'],
  ])('refuses %s: %j, naming its pointer and what it must be', (name, value, expected) => {
    const fault = findExtensionFault(withOperation({ [name]: value }));
    expect(fault![0]).toBe(`/paths/~1zstack~1v1~1things/get/${name}`);
    expect(fault![1]).toContain(`扩展 ${name} 的值无效，应为`);
    expect(fault![1]).toContain(expected);
  });

  it('accepts the values of the project documents and unknown x-zstack keys of any shape', () => {
    const doc = withOperation(
      {
        'x-zstack-sdk-action': 'FlattenVmInstanceAction',
        'x-zstack-since': '5.2.0',
        'x-zstack-async': true,
        'x-zstack-category': ['资源中心', '云资源池'],
        'x-zstack-allowed-states': ['Running', 'Stopped'],
        'x-zstack-state-transition': {
          from: ['Stopped'],
          during: 'Starting',
          to: 'Running',
          fields: { hostUuid: 'lastHostUuid', lastHostUuid: null },
        },
        'x-zstack-delete': { modeParameter: 'deleteMode', successIfMissing: true },
        'x-zstack-source-findings': [{ anything: 'goes', here: 1 }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { properties: { t: { 'x-zstack-type': 'byte[]' } } } } },
          },
        },
      },
      { 'x-zstack-generated': { by: 'importer', at: '2026-12-02' } },
    );
    expect(findExtensionFault(doc)).toBeNull();
  });

  it('checks an extension inside a schema, and not inside an example value', () => {
    const schema = { properties: { t: { type: 'string', 'x-zstack-since': 'later' } } };
    expect(
      findExtensionFault(
        withOperation({ responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } }),
      ),
    ).toEqual([
      '/paths/~1zstack~1v1~1things/get/responses/200/content/application~1json/schema/properties/t/x-zstack-since',
      expect.stringContaining('版本号'),
    ]);
    const example = { 'x-zstack-since': 'any text in an example is data' };
    expect(
      findExtensionFault(
        withOperation({ responses: { '200': { description: 'ok', content: { 'application/json': { example } } } } }),
      ),
    ).toBeNull();
  });

  it('keeps one rule per extension the portal reads', () => {
    expect(Object.keys(EXTENSION_RULES).every((name) => name.startsWith('x-zstack-'))).toBe(true);
    expect(Object.keys(EXTENSION_RULES)).toContain('x-zstack-sdk-action');
  });
});

describe('resolveServerUrl', () => {
  it.each([
    ['/', 'http://localhost:4321'],
    ['/zstack', 'http://localhost:4321/zstack'],
    ['./api/', 'http://localhost:4321/api'],
    ['http://zstack.example:8080/', 'http://zstack.example:8080/'],
    ['{scheme}://{host}:8080', '{scheme}://{host}:8080'],
  ])('resolves %j against the portal as %j', (url, expected) => {
    expect(resolveServerUrl(url, { scheme: 'http', host: 'zstack.example' })).toBe(expected);
  });

  it("resolves against the site's origin, whatever its path", () => {
    expect(resolveServerUrl('/zstack', {}, 'https://docs.example.com/portal/')).toBe('https://docs.example.com/zstack');
  });

  it('refuses a URL that its variables do not make whole', () => {
    expect(resolveServerUrl('http://[zstack', {})).toBeNull();
  });

  it('trims a long run of trailing slashes in linear time', () => {
    const started = Date.now();
    expect(resolveServerUrl(`/a${'/'.repeat(100_000)}b${'/'.repeat(100_000)}`, {})).toMatch(
      /^http:\/\/localhost:4321\/a\/+b$/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
