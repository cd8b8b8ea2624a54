import { describe, expect, it } from 'vitest';
import { getByteSize, getProxyErrorBody, makeProxyError, proxyErrors } from '../../../../src/lib/proxy/messages';

describe('proxy refusals', () => {
  it('map each code to its status', () => {
    expect(Object.fromEntries(Object.entries(proxyErrors).map(([code, { status }]) => [code, status]))).toEqual({
      'host-not-allowed': 403,
      'endpoint-missing': 400,
      'endpoint-invalid': 400,
      'endpoint-scheme': 400,
      'endpoint-not-allowed': 403,
      'endpoint-metadata-name': 403,
      'endpoint-forbidden-address': 403,
      'path-not-allowed': 400,
      'method-not-allowed': 405,
      'body-too-large': 413,
      'body-timeout': 408,
      timeout: 504,
      'upstream-unreachable': 502,
      'upstream-redirect': 502,
      'upstream-invalid': 502,
      'response-too-large': 502,
      'proxy-failed': 500,
      'config-invalid': 500,
    });
  });

  it('word each message in Chinese', () => {
    expect(makeProxyError('host-not-allowed', 'attacker.example').message).toBe(
      '门户代理不接受发往主机名 attacker.example 的请求：只接受 PORTAL_ALLOWED_HOSTS 中配置的门户主机名（默认 localhost、127.0.0.1 和 [::1]），以防 DNS 重绑定。',
    );
    expect(makeProxyError('endpoint-missing').message).toBe(
      '缺少请求头 X-Portal-Endpoint：请先选择要调用的 ZStack 管理节点。',
    );
    expect(makeProxyError('endpoint-invalid').message).toBe(
      'X-Portal-Endpoint 不是有效的地址，应为 ZStack 管理节点的基础地址，例如 http://127.0.0.1:8080。',
    );
    expect(makeProxyError('endpoint-scheme').message).toBe('X-Portal-Endpoint 只支持 http 和 https 地址。');
    expect(makeProxyError('endpoint-not-allowed', 'http://evil.example').message).toBe(
      '门户代理不允许访问 http://evil.example：只能访问 PORTAL_PROXY_ENDPOINTS 中配置的 ZStack 管理节点。',
    );
    expect(makeProxyError('endpoint-metadata-name', 'http://metadata.google.internal').message).toBe(
      '门户代理拒绝连接 http://metadata.google.internal：这是云平台元数据服务的主机名，访问它可能泄露主机的凭据。',
    );
    expect(makeProxyError('endpoint-forbidden-address', 'http://zstack.example', '169.254.169.254').message).toBe(
      '门户代理拒绝连接 http://zstack.example：它解析到链路本地或云平台元数据地址 169.254.169.254，访问它可能泄露主机的凭据。如确需访问该地址，请在 PORTAL_PROXY_ENDPOINTS 中直接写出这个 IP 地址。',
    );
    expect(makeProxyError('path-not-allowed').message).toBe(
      '门户代理只转发 /zstack/v1/ 下的路径，且路径中不能含有编码的斜杠、反斜杠或点，也不能含有分号（路径参数）。',
    );
    expect(makeProxyError('method-not-allowed', 'TRACE').message).toBe('门户代理不转发 TRACE 请求。');
    expect(makeProxyError('body-too-large', '1 MiB').message).toBe('请求体超过门户代理的上限 1 MiB。');
    expect(makeProxyError('body-timeout', '30').message).toBe('请求体在 30 秒内没有传完，门户代理已放弃这次请求。');
    expect(makeProxyError('timeout', '30').message).toBe('ZStack 管理节点在 30 秒内没有响应，门户代理已放弃这次请求。');
    expect(makeProxyError('upstream-unreachable', 'http://127.0.0.1:8080', 'ECONNREFUSED').message).toBe(
      '无法连接 ZStack 管理节点 http://127.0.0.1:8080（ECONNREFUSED）。',
    );
    expect(makeProxyError('upstream-redirect', 302).message).toBe(
      'ZStack 管理节点返回了重定向（HTTP 302），门户代理不跟随重定向。',
    );
    expect(makeProxyError('upstream-invalid', 999).message).toBe('ZStack 管理节点返回了无效的 HTTP 状态码 999。');
    expect(makeProxyError('response-too-large', '10 MiB').message).toBe(
      'ZStack 管理节点的响应体超过门户代理的上限 10 MiB。',
    );
    expect(makeProxyError('proxy-failed').message).toBe(
      '门户代理处理这次请求时出错；请求可能已经发给了 ZStack，请先查询结果再决定是否重试。',
    );
    expect(makeProxyError('config-invalid', 'x').message).toBe('门户代理的配置无效：x');
  });

  it('serialise as a portalError body', () => {
    expect(getProxyErrorBody(makeProxyError('endpoint-scheme'))).toBe(
      '{"portalError":{"code":"endpoint-scheme","message":"X-Portal-Endpoint 只支持 http 和 https 地址。"}}',
    );
  });

  it('show limits in binary units', () => {
    expect([getByteSize(100), getByteSize(1024 * 1024), getByteSize(1536), getByteSize(10 * 1024 * 1024)]).toEqual([
      '100 B',
      '1 MiB',
      '1.5 KiB',
      '10 MiB',
    ]);
  });
});
