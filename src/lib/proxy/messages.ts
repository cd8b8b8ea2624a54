/**
 * Every refusal of the proxy, with its HTTP status and its message for the reader (in
 * Chinese), in one place: the wording is a tested contract, and the browser tells these
 * answers from ZStack's own by the `X-Portal-Error` header and the `portalError` body.
 */
export const PROXY_ERROR_HEADER = 'X-Portal-Error';

export const proxyErrors = {
  'host-not-allowed': {
    status: 403,
    message: (host: string) =>
      `门户代理不接受发往主机名 ${host} 的请求：只接受 PORTAL_ALLOWED_HOSTS 中配置的门户主机名（默认 localhost、127.0.0.1 和 [::1]），以防 DNS 重绑定。`,
  },
  'endpoint-missing': {
    status: 400,
    message: () => '缺少请求头 X-Portal-Endpoint：请先选择要调用的 ZStack 管理节点。',
  },
  'endpoint-invalid': {
    status: 400,
    message: () => 'X-Portal-Endpoint 不是有效的地址，应为 ZStack 管理节点的基础地址，例如 http://127.0.0.1:8080。',
  },
  'endpoint-scheme': {
    status: 400,
    message: () => 'X-Portal-Endpoint 只支持 http 和 https 地址。',
  },
  'endpoint-not-allowed': {
    status: 403,
    message: (endpoint: string) =>
      `门户代理不允许访问 ${endpoint}：只能访问 PORTAL_PROXY_ENDPOINTS 中配置的 ZStack 管理节点。`,
  },
  'endpoint-metadata-name': {
    status: 403,
    message: (endpoint: string) =>
      `门户代理拒绝连接 ${endpoint}：这是云平台元数据服务的主机名，访问它可能泄露主机的凭据。`,
  },
  'endpoint-forbidden-address': {
    status: 403,
    message: (endpoint: string, address: string) =>
      `门户代理拒绝连接 ${endpoint}：它解析到链路本地或云平台元数据地址 ${address}，访问它可能泄露主机的凭据。如确需访问该地址，请在 PORTAL_PROXY_ENDPOINTS 中直接写出这个 IP 地址。`,
  },
  'path-not-allowed': {
    status: 400,
    message: () =>
      '门户代理只转发 /zstack/v1/ 下的路径，且路径中不能含有编码的斜杠、反斜杠或点，也不能含有分号（路径参数）。',
  },
  'method-not-allowed': {
    status: 405,
    message: (method: string) => `门户代理不转发 ${method} 请求。`,
  },
  'body-too-large': {
    status: 413,
    message: (limit: string) => `请求体超过门户代理的上限 ${limit}。`,
  },
  'body-timeout': {
    status: 408,
    message: (seconds: string) => `请求体在 ${seconds} 秒内没有传完，门户代理已放弃这次请求。`,
  },
  timeout: {
    status: 504,
    message: (seconds: string) => `ZStack 管理节点在 ${seconds} 秒内没有响应，门户代理已放弃这次请求。`,
  },
  'upstream-unreachable': {
    status: 502,
    message: (endpoint: string, reason: string) => `无法连接 ZStack 管理节点 ${endpoint}（${reason}）。`,
  },
  'upstream-redirect': {
    status: 502,
    message: (status: number) => `ZStack 管理节点返回了重定向（HTTP ${status}），门户代理不跟随重定向。`,
  },
  'upstream-invalid': {
    status: 502,
    message: (status: number) => `ZStack 管理节点返回了无效的 HTTP 状态码 ${status}。`,
  },
  'response-too-large': {
    status: 502,
    message: (limit: string) => `ZStack 管理节点的响应体超过门户代理的上限 ${limit}。`,
  },
  'proxy-failed': {
    status: 500,
    message: () => '门户代理处理这次请求时出错；请求可能已经发给了 ZStack，请先查询结果再决定是否重试。',
  },
  'config-invalid': {
    status: 500,
    message: (reason: string) => `门户代理的配置无效：${reason}`,
  },
} as const;

/** Why the proxy configuration (environment variables) is invalid. */
export const proxyConfigMessages = {
  notAnEndpoint: (variable: string, value: string) =>
    `${variable} 中的「${value}」不是 http 或 https 的基础地址（例如 http://127.0.0.1:8080）`,
  notAHostName: (variable: string, value: string) =>
    `${variable} 中的「${value}」不是主机名或 IP 地址（不带协议、端口和路径，例如 docs.example.com）`,
  notAPositiveInteger: (variable: string, value: string) => `${variable} 必须是正整数，而不是「${value}」`,
} as const;

export function makeProxyError<C extends ProxyErrorCode>(code: C, ...args: MessageArgs<C>): ProxyError {
  const entry = proxyErrors[code];
  const message = (entry.message as (...a: MessageArgs<C>) => string)(...args);
  return { code, status: entry.status, message };
}

/** The JSON body of a refusal. */
export function getProxyErrorBody(error: ProxyError): string {
  return JSON.stringify({ portalError: { code: error.code, message: error.message } });
}

/** `1048576` → `1 MiB`, `1536` → `1.5 KiB`: limits as the reader thinks of them. */
export function getByteSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** A refusal of the proxy, ready to be sent. */
export interface ProxyError {
  code: ProxyErrorCode;
  status: number;
  message: string;
}

export type ProxyErrorCode = keyof typeof proxyErrors;

type MessageArgs<C extends ProxyErrorCode> = Parameters<(typeof proxyErrors)[C]['message']>;
