/**
 * The zh-CN texts of the portal's Node side: the proxy's refusals (src/lib/proxy/,
 * src/server/proxy/), the simulator's command line, the server's supervision and build lines.
 */
export const serverStrings = {
  proxy: {
    /** Each refusal of the proxy by its code (the statuses are in src/lib/proxy/messages.ts). */
    errors: {
      'host-not-allowed': (host: string) =>
        `门户代理不接受发往主机名 ${host} 的请求：只接受 PORTAL_ALLOWED_HOSTS 中配置的门户主机名（默认 localhost、127.0.0.1 和 [::1]），以防 DNS 重绑定。`,
      'endpoint-missing': () => '缺少请求头 X-Portal-Endpoint：请先选择要调用的 ZStack 管理节点。',
      'endpoint-invalid': () =>
        'X-Portal-Endpoint 不是有效的地址，应为 ZStack 管理节点的基础地址，例如 http://127.0.0.1:8080。',
      'endpoint-scheme': () => 'X-Portal-Endpoint 只支持 http 和 https 地址。',
      'endpoint-not-allowed': (endpoint: string) =>
        `门户代理不允许访问 ${endpoint}：只能访问 PORTAL_PROXY_ENDPOINTS 中配置的 ZStack 管理节点。`,
      'endpoint-metadata-name': (endpoint: string) =>
        `门户代理拒绝连接 ${endpoint}：这是云平台元数据服务的主机名，访问它可能泄露主机的凭据。`,
      'endpoint-forbidden-address': (endpoint: string, address: string) =>
        `门户代理拒绝连接 ${endpoint}：它解析到链路本地或云平台元数据地址 ${address}，访问它可能泄露主机的凭据。如确需访问该地址，请在 PORTAL_PROXY_ENDPOINTS 中直接写出这个 IP 地址。`,
      'path-not-allowed': () =>
        '门户代理只转发 /zstack/v1/ 下的路径，且路径中不能含有编码的斜杠、反斜杠或点，也不能含有分号（路径参数）。',
      'method-not-allowed': (method: string) => `门户代理不转发 ${method} 请求。`,
      'body-too-large': (limit: string) => `请求体超过门户代理的上限 ${limit}。`,
      'body-timeout': (seconds: string) => `请求体在 ${seconds} 秒内没有传完，门户代理已放弃这次请求。`,
      timeout: (seconds: string) => `ZStack 管理节点在 ${seconds} 秒内没有响应，门户代理已放弃这次请求。`,
      'upstream-unreachable': (endpoint: string, reason: string) =>
        `无法连接 ZStack 管理节点 ${endpoint}（${reason}）。`,
      'upstream-redirect': (status: number) => `ZStack 管理节点返回了重定向（HTTP ${status}），门户代理不跟随重定向。`,
      'upstream-invalid': (status: number) => `ZStack 管理节点返回了无效的 HTTP 状态码 ${status}。`,
      'response-too-large': (limit: string) => `ZStack 管理节点的响应体超过门户代理的上限 ${limit}。`,
      'proxy-failed': () => '门户代理处理这次请求时出错；请求可能已经发给了 ZStack，请先查询结果再决定是否重试。',
      'config-invalid': (reason: string) => `门户代理的配置无效：${reason}`,
    },
    /** Why the proxy configuration (environment variables) is invalid. */
    config: {
      notAnEndpoint: (variable: string, value: string) =>
        `${variable} 中的「${value}」不是 http 或 https 的基础地址（例如 http://127.0.0.1:8080）`,
      notAHostName: (variable: string, value: string) =>
        `${variable} 中的「${value}」不是主机名或 IP 地址（不带协议、端口和路径，例如 docs.example.com）`,
      notAPositiveInteger: (variable: string, value: string) => `${variable} 必须是正整数，而不是「${value}」`,
    },
  },
  simulator: {
    started: (url: string) => `ZStack 模拟器已启动：${url}`,
    stopped: 'ZStack 模拟器已停止',
    badPort: (value: string) => `端口无效：${value}（应为 0～65535 的整数）`,
    unknownArgument: (argument: string) => `无法识别的参数：${argument}（可用参数：--port <端口>、--host <地址>）`,
    missingValue: (option: string) => `参数 ${option} 缺少值（例如 ${option}=8080）`,
    portInUse: (port: number) => `端口 ${port} 已被占用，请用 --port 或 SIMULATOR_PORT 指定其他端口`,
    failed: (reason: string) => `ZStack 模拟器启动失败：${reason}`,
  },
  supervision: {
    died: (name: string, code: number | null, signal: string | null, others: string[]) =>
      `${name}进程意外退出（${signal === null ? `退出码 ${code}` : `信号 ${signal}`}），${others.join('和')}已停止。`,
  },
  build: {
    portalServer: '门户服务器：portal.mjs（压缩传输）',
  },
};
