/**
 * The zh-CN texts of the 在线调试 panel (src/islands/try-it/) and of the request
 * modules it uses (src/lib/request/): loaded with the panel, never on the first load.
 */
export const panelStrings = {
  /** The panel's markup, before anything is sent. */
  markup: {
    modeLegend: '发送方式',
    mockTitle: '浏览器内模拟，无需服务器',
    liveTitle: '经门户代理发送到 ZStack',
    mockLabel: 'Mock',
    liveLabel: '在线',
    endpoint: '管理节点 ',
    failJob: ' 模拟任务失败（503）',
    params: '参数',
    required: '（必填）',
    optional: '（可选）',
    listHint: '每行一个值，可重复',
    headers: '请求头',
    body: '请求体（JSON）',
    bodyProblems: '请求体问题',
    send: '发送',
    cancel: '取消',
    shortcut: '快捷键：Ctrl/⌘ + Enter',
    /** 发送 with an empty path parameter: the address would lose that segment (/vm-instances//actions). */
    missingPath: (names: string[]) => `路径参数 ${names.join('、')} 为空：请求地址会缺少这一段，请先填写。`,
    response: '响应',
    notSent: '尚未发送。按“发送”或 Ctrl/⌘ + Enter，响应显示在这里。',
    responseHeaders: '响应头',
    samples: '本次请求的代码示例',
    revealSession: ' 显示会话',
    sampleTabs: '示例语言',
    copy: '复制',
    copied: '已复制',
  },
  /** What the panel says about the target it sends to, and its own failures. */
  mode: {
    mockNote: '浏览器内模拟，无需服务器',
    liveNote: '经门户代理发送到 ZStack',
    /** The section's summary line, for the target now selected. */
    summary: {
      mock: '使用当前认证信息和示例参数，在浏览器内向 Mock 提交请求（不经过服务器）。',
      simulator: (endpoint: string) => `使用当前认证信息和示例参数，经门户代理向 ZStack 模拟器 ${endpoint} 提交请求。`,
      live: (endpoint: string) => `使用当前认证信息和示例参数，经门户代理向 ZStack 管理节点 ${endpoint} 提交真实请求。`,
    },
    simulatorOption: (endpoint: string) => `${endpoint}（模拟器）`,
    initFailed: (reason: string) => `在线调试面板初始化失败：${reason}。请刷新页面后重试。`,
    unreachable: '无法连接到服务器',
    httpStatus: (status: number) => `服务器返回 HTTP ${status}`,
    badData: '面板数据不完整或不是有效的 JSON',
    editorLabel: (operationId: string) => `${operationId} 请求体（JSON）`,
  },
  /** The answer as it arrives. */
  result: {
    submitted: '提交',
    poll: (attempt: number) => `轮询 #${attempt}`,
    sending: '发送中…',
    timing: (ms: number, bytes: number) => ` · 耗时 ${ms} ms · 大小 ${bytes} B`,
    step: (label: string, status: string, running: boolean, ms: number) =>
      `${label}：${status}${running ? '（任务运行中）' : ''} · ${ms} ms`,
    errorLine: (isCause: boolean, description: string, details: string | undefined) =>
      ` ${isCause ? '（cause）' : ''}${description}${details ? `：${details}` : ''}`,
  },
  /** The session bar. */
  session: {
    label: '当前会话：',
    signedOut: '未登录',
    initial: '当前会话：未登录',
    account: (name: string) => `账户 ${name}`,
    pasted: '已粘贴的会话',
    where: (label: string) => `（${label}）`,
    expires: (date: string) => `，过期时间 ${date}`,
    remembered: '，已记住',
    logout: '退出',
    loginLegend: '登录（LogInByAccount）',
    /** The accounts of the in-browser mock and the built-in simulator (src/lib/mock/sessions.ts). */
    loginHint:
      'Mock 与门户内置的 ZStack 模拟器使用 ZStack 的初始账户：admin，密码 password；真实管理节点请使用其账户。',
    accountName: '账户名 ',
    password: '密码 ',
    remember: ' 记住我',
    login: '登录',
    paste: '或粘贴会话 UUID ',
    usePasted: '使用该会话',
    loggingIn: '正在登录…',
    loggedIn: '登录成功。',
    /** After an answer that refused the session (ID.1001 and the like, src/lib/request/explain.ts). */
    rejectedMark: '，已被服务器拒绝',
    rejected: '服务器不接受当前会话（已过期、已退出，或来自另一处）：请重新登录，或粘贴有效的会话 UUID。',
    loginFailed: (reason: string) => `登录失败：${reason}`,
    badUuid: '会话 UUID 应为 32 位十六进制字符（不含连字符）。',
    pasteUsed: '已使用该会话。',
    loggedOut: (where: string) => `已在 ${where} 退出，会话已失效。`,
    forgotten: (where: string, status: number) => `已在本机忘记会话；${where} 返回 HTTP ${status}。`,
    forgottenUnsent: (where: string) => `已在本机忘记会话；退出请求未能发到 ${where}。`,
  },
  /** Where requests go (src/lib/request/target.ts). */
  target: {
    endpointGone: (endpoint: string) =>
      `上次选择的管理节点 ${endpoint} 在此处不可用，已改用 Mock；当前会话来自该节点，发往 Mock 的请求不会到达它。`,
    sessionElsewhere: (from: string, to: string) => `当前会话取自 ${from}，请求将发往 ${to}：该会话在那里可能无效。`,
    logoutUnreachable: (endpoint: string) =>
      `已在本机忘记会话；会话所在的管理节点 ${endpoint} 在此处不可用，服务器上的会话仍然有效，直到过期。`,
  },
  /** Answers a reader may not expect (src/lib/request/explain.ts). */
  explanations: {
    sessionExpired: '会话无效或已过期（ZStack 错误码 ID.1001）。请重新登录，或粘贴一个有效的会话 UUID。',
    missingSession: '尚未登录：请求没有携带会话。请先登录，或粘贴会话 UUID。',
    restLayer: (status: number) => `ZStack 的 REST 层直接拒绝了请求（HTTP ${status}，纯文本），请求没有进入 API 执行。`,
    jobFailed: '任务执行失败（HTTP 503），错误码如下，cause 为引发它的根错误：',
    cancelled: '已取消。',
    networkError: (reason: string) => `请求未能发出：${reason}`,
    liveUnavailable: '当前部署没有门户代理服务，只能使用 Mock 模式。',
    pollTimeout: '轮询超时：任务在 3 小时内没有结束。',
    portalError: (message: string) => `门户代理：${message}`,
  },
  /** The body editor's problems (src/lib/request/body-diagnostics.ts). */
  body: {
    /** jsonc-parser's faults by code (printParseErrorCode); a code not listed shows as it is. */
    syntaxErrors: {
      InvalidSymbol: '无效的符号',
      InvalidNumberFormat: '数字格式无效',
      PropertyNameExpected: '此处应为属性名',
      ValueExpected: '此处应为值',
      ColonExpected: '此处应为冒号',
      CommaExpected: '此处应为逗号',
      CloseBraceExpected: '此处应为 }',
      CloseBracketExpected: '此处应为 ]',
      EndOfFileExpected: '此处应为文件结尾',
      InvalidCommentToken: 'JSON 中不允许注释',
      UnexpectedEndOfComment: '注释未结束',
      UnexpectedEndOfString: '字符串未结束',
      UnexpectedEndOfNumber: '数字未结束',
      InvalidUnicode: '无效的 Unicode 转义',
      InvalidEscapeCharacter: '无效的转义字符',
      InvalidCharacter: '无效的字符',
    } as Record<string, string>,
    wholeBody: '请求体',
    problem: (subject: string, detail: string) => `${subject}：${detail}`,
    unknownField: '未知字段，接口不接受该字段',
    missingField: (name: string) => `缺少必填字段 ${name}`,
    wrongType: (types: string[]) => `类型错误，应为 ${types.join(' 或 ')}`,
    notInEnum: (values: string[]) => `取值无效，可选值：${values.join('、')}`,
    /** JSON Schema's type names; a type not listed shows as it is. */
    types: {
      boolean: 'Boolean（true 或 false）',
      string: 'String',
      integer: '整数',
      number: '数字',
      array: '列表',
      object: '对象',
    } as Record<string, string>,
  },
  /** The body editor's hover text for a field (src/lib/request/editor-schema.ts). */
  hover: {
    required: '必填',
    optional: '可选',
    defaultValue: (value: string) => `默认值 \`${value}\``,
    since: (version: string) => `起始版本 ${version}`,
    noDescription: '暂无描述。',
  },
};
