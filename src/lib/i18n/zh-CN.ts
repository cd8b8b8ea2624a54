import { sampleStrings, siteStrings } from './zh-CN-first-load';
import { searchStrings } from './zh-CN-search';
import { serverStrings } from './zh-CN-server';
import { pageStrings } from './zh-CN-pages';
import { importerStrings } from './zh-CN-importer';
import { panelStrings } from './zh-CN-panel';

/**
 * Every text the portal shows or prints, in Simplified Chinese: the one table
 * of this locale (see ./index.ts). Its wording is a tested contract; another
 * locale is another table of the same shape.
 */
export const zhCN = {
  /** Faults of an OpenAPI document, as the build and the loader report them. */
  spec: {
    specInvalid: (location: string, reason: string) => `OpenAPI 文档无效：${location}：${reason}`,
    specLineNote: (line: number) => `（第 ${line} 行）`,
    specEmpty: '文件为空，不是 OpenAPI 文档',
    specNotUtf8: (line: number, col: number) =>
      `文件不是有效的 UTF-8 文本（第 ${line} 行第 ${col} 列起），请以 UTF-8 编码保存`,
    specUtf16: (encoding: string) => `文件是 ${encoding} 编码，请以 UTF-8 编码保存`,
    specControlChar: (line: number, col: number, code: string) =>
      `文件含有控制字符 ${code}（第 ${line} 行第 ${col} 列），YAML 和 JSON 都不允许`,
    specYamlSyntax: (line: number, col: number, reason: string) =>
      `YAML 语法错误（第 ${line} 行第 ${col} 列）：${reason}`,
    specYamlTag: (tag: string) => `不支持的 YAML 标签 ${tag}，文档只能使用普通的对象、列表、字符串、数字和布尔值`,
    specYamlAliasBomb: (max: number) => `YAML 别名（*锚点）展开次数超过 ${max}，疑似“billion laughs”攻击，已拒绝`,
    specJsonSyntax: (line: number, col: number, reason: string) =>
      `JSON 语法错误（第 ${line} 行第 ${col} 列）：${reason}`,
    specUnsupportedValue: (line: number, col: number, reason: string) =>
      `不支持的值（第 ${line} 行第 ${col} 列）：${reason}`,
    specNumberNotFinite: (source: string) => `数字 ${source} 不是有限数或超出双精度浮点数的范围，JSON 无法表示`,
    /** jsonc-parser's faults by code (printParseErrorCode). */
    jsonErrors: {
      InvalidSymbol: '此处有无效的字符',
      InvalidNumberFormat: '数字格式无效',
      PropertyNameExpected: '缺少属性名（键必须是双引号字符串）',
      ValueExpected: '缺少值',
      ColonExpected: '缺少冒号',
      CommaExpected: '缺少逗号',
      CloseBraceExpected: '缺少 }',
      CloseBracketExpected: '缺少 ]',
      EndOfFileExpected: '文档结束后还有多余的内容',
      InvalidCommentToken: 'JSON 不允许注释（// 或 /* */）',
      UnexpectedEndOfComment: '注释没有结束',
      UnexpectedEndOfString: '字符串没有闭合',
      UnexpectedEndOfNumber: '数字不完整',
      InvalidUnicode: '无效的 \\u 转义',
      InvalidEscapeCharacter: '无效的转义字符',
      InvalidCharacter: '字符串中有不允许的字符',
    },
    /** The YAML parser's faults by code; a code not listed keeps the parser's own (English) text. */
    yamlErrors: {
      BAD_ALIAS: '别名引用了未定义的锚点',
      BAD_DQ_ESCAPE: '双引号字符串中有无效的转义',
      BAD_INDENT: '缩进不正确',
      BAD_INDENT_FLOW: '{…} 或 […] 没有闭合，或其中的内容缩进不足',
      BAD_SCALAR_START: '值不能以该字符开头，请加引号',
      BLOCK_AS_IMPLICIT_KEY: '缩进不正确：上一行的值后面不能再嵌套键',
      BLOCK_IN_FLOW: '{…} 或 […] 中不能使用缩进结构',
      DUPLICATE_KEY: '同一个对象中出现了重复的键',
      KEY_OVER_1024_CHARS: '键超过 1024 个字符',
      MISSING_CHAR: '缺少结束符号（引号或括号未闭合）',
      MULTILINE_IMPLICIT_KEY: '键不能跨行',
      MULTIPLE_DOCS: '文件包含多个 YAML 文档（---），一个文件只能有一个',
      TAB_AS_INDENT: '不能用制表符缩进',
      UNEXPECTED_TOKEN: '此处有多余的内容',
    },
    specNotObject: '文档顶层必须是一个对象',
    specMissingOpenapi: '缺少 openapi 字段',
    specUnsupportedVersion: (v: string) => `不支持的 OpenAPI 版本 ${v}，需要 3.1.x`,
    specSchemaViolation: (reason: string) => `不符合 OpenAPI 3.1 规范：${reason}`,
    specRefUnresolved: (ref: string) => `引用 ${ref} 无法解析`,
    specRefExternal: (ref: string) => `不支持外部引用 ${ref}，请使用文档内引用（#/…）`,
    specRefCycle: (ref: string) => `引用 ${ref} 形成了循环`,
    specDuplicateOperationId: (id: string, other: string) => `operationId「${id}」重复，已在 ${other} 中定义`,
    specMissingOperationId: '操作缺少 operationId',
    specUnsafeOperationId: (id: string) =>
      `operationId「${id}」会成为页面地址，只能由字母、数字、-、_ 和 . 组成，并以字母或数字开头`,
    specPathParamMissing: (name: string) => `路径模板中的参数 {${name}} 没有对应的 path 参数定义`,
    specPathParamUnused: (name: string) => `path 参数 ${name} 不在路径模板中`,
    specNoDocuments: (dir: string) => `目录 ${dir} 中没有 OpenAPI 文档（*.yaml、*.yml、*.json）`,
    specUnknownType: (type: string) => `未知的类型「${type}」`,
    specTooDeep: (depth: number) => `结构嵌套超过 ${depth} 层`,
    specExtensionInvalid: (name: string, expected: string) => `扩展 ${name} 的值无效，应为${expected}`,
    specOperationIdTooLong: (length: number, max: number) =>
      `operationId 长 ${length} 个字符，超过 ${max} 个：它会成为页面的目录名，而文件名最长 255 字节`,
    specServerUrlInvalid: (url: string) => `服务器地址「${url}」不是有效的 URL（相对地址按门户的地址解析）`,
    /** What each vendor extension's value must be (src/lib/openapi/extensions.ts). */
    extensionExpected: {
      identifier: '标识符（字母、数字和 _，不以数字开头，最长 128 个字符）',
      identifiers: '标识符列表（字母、数字和 _，不以数字开头）',
      version: '版本号，如 5.2.0',
      boolean: 'true 或 false',
      strings: '非空字符串列表',
      responses: '以状态码为键的 Responses 对象',
      typeName: '类型名，如 Timestamp、long、byte[]、List<String>',
      correction: '{original, reason} 对象，original 为字符串',
      corrections: '{field?, original, corrected, reason?} 对象的列表',
      authPrefix: '不超过 32 个可见 ASCII 字符，可以一个空格结尾',
      stateTransition: '{from?, during?, to, fields?} 对象，状态为标识符',
      delete: '{modeParameter?, successIfMissing?} 对象',
      session: 'logIn 或 logOut',
    },
    specTooManyFieldRows: (max: number) =>
      `一个操作的字段展开后超过 ${max} 行，结构过于庞大，请拆分或精简引用的 schema`,
    specTooManyFieldRowsTotal: (max: number) => `全部操作的字段展开后超过 ${max} 行，文档过于庞大`,
    /** A JSON Schema error's parameters, after its message. */
    schemaParams: (parts: string[]) => `（${parts.join('，')}）`,
    /** The description of the merged download (openapi.yaml, openapi.json). */
    mergedDescription: [
      'ZStack Cloud REST API 的完整 OpenAPI 3.1 描述，由门户的全部文档合并而成。',
      '多个 API 共用同一方法与路径（如 PUT /zstack/v1/vm-instances/{uuid}/actions，以请求体的动作键区分）时，',
      '每个 API 的路径后附加 /<operationId> 以保持各自的请求体、响应和异步结果，真实路径见该路径项的 x-zstack-path。',
    ].join(''),
    specOverExpanded: (limit: number) =>
      `文档展开后超过 ${limit} 个字符（源文件的 4 倍加 8 MiB），多为 YAML 别名（*锚点）反复展开了大段内容，已拒绝`,
  },
  lint: {
    severities: { error: '错误', warning: '警告', info: '提示' },
    /** Each rule's title and what it checks. */
    rules: {
      'example-invalid': {
        title: '示例不符合结构定义',
        explanation: '请求或响应示例按其 JSON Schema 校验失败（类型、必填字段、枚举值等）。',
      },
      'example-undeclared': {
        title: '示例含未声明字段',
        explanation: '示例中出现了结构定义没有声明的字段：读者照着示例写代码，却在字段表里找不到它。',
      },
      'example-missing-field': {
        title: '示例缺少字段',
        explanation: '结构定义声明了、示例中却没有出现的字段。可选字段省略是正常的，列出来供审阅者确认。',
      },
      'description-missing': {
        title: '字段缺少描述',
        explanation: '字段或参数没有描述，或描述只是“暂无描述。”、空白或标点。',
      },
      'description-reused': {
        title: '描述被不同字段重复使用',
        explanation:
          '同一段描述（忽略首尾空白和句末标点）用在了名字不同的字段上，可能是复制时没有改。一个名字以另一个结尾（如 uuid 与 vmInstanceUuid）视为同一概念；“资源的UUID,唯一标示该资源”“创建时间”这类 ZStack 通用描述不计。',
      },
      'description-mismatch': {
        title: '描述指向另一个概念',
        explanation:
          '描述里带有“来源”“目标”“目的”“返回记录数”等限定词，字段名里却没有对应的词（如 src、source、dest、target、count），描述多半是从别的字段抄来的。',
      },
      'since-later': {
        title: '字段起始版本晚于操作',
        explanation: '字段的 x-zstack-since 晚于所在操作的起始版本：后来新增的字段，请确认版本号无误。',
      },
      'schema-unused': {
        title: '未被引用的结构',
        explanation:
          'components.schemas 中定义了、却没有被文档其他部分直接或间接引用的结构；只被自身或其他未引用结构引用的也算。',
      },
      'pattern-backtracking': {
        title: '正则表达式可能灾难性回溯',
        explanation:
          'pattern 中一个不限次数的重复里又嵌套了重复（如 ^(a+)+$）：在浏览器和模拟器的正则引擎中，一段不匹配的输入就可能耗时数分钟。构建用线性时间的 RE2 校验示例，不受影响；请改写为不嵌套的形式。',
      },
      'handwritten-differs': {
        title: '手写文档与生成文档不一致',
        explanation:
          '手写文档与从 ZStack 源码生成的文档（x-zstack-generated）描述同一个操作时，页面以手写的为准，手写文档缺少的部分由生成文档补全；两者对同一事实（描述、类型、默认值、枚举、必填、起始版本、路径等）说法不同时列在这里，请确认哪一方正确。',
      },
      'source-disagreement': {
        title: 'ZStack 源码前后不一致',
        explanation:
          '导入器发现 ZStack 的文档模板与 Java 声明不一致（参数位置、空描述或字面量 null、缺少起始版本、模板与 Java 的字段不对应等）。文档已按 Java 声明生成，列出源码文件和行号供核对。',
      },
    },
    findings: {
      exampleInvalid: (where: string, reason: string) => `示例 ${where} ${reason}`,
      requiredMissing: '缺失（必填字段）',
      exampleUndeclared: (where: string, schema?: string) =>
        `示例中的字段 ${where} 在${schema ? ` ${schema} ` : '结构'}中没有定义`,
      exampleMissingField: (where: string, schema?: string) =>
        `示例缺少字段 ${where}（已在${schema ? ` ${schema} ` : '结构'}中定义）`,
      descriptionEmpty: (name: string) => `字段 ${name} 没有描述`,
      descriptionPlaceholder: (name: string, text: string) => `字段 ${name} 的描述「${text}」不是真正的描述`,
      descriptionReused: (name: string, text: string, others: string[]) =>
        `字段 ${name} 的描述「${text}」也用在了 ${others.join('、')} 上`,
      descriptionMismatch: (name: string, text: string, term: string) =>
        `字段 ${name} 的描述「${text}」提到“${term}”，字段名中却没有对应的词`,
      sinceLater: (name: string, since: string, operationId: string, operationSince: string) =>
        `字段 ${name} 的起始版本 ${since} 晚于操作 ${operationId} 的起始版本 ${operationSince}`,
      patternBacktracking: (pattern: string) => `pattern「${pattern}」在不限次数的重复中嵌套了重复，可能灾难性回溯`,
      handwrittenDiffers: (operationId: string, key: string, hand: string, generated: string) =>
        `操作 ${operationId} 的 ${key} 手写为「${hand}」，生成文档为「${generated}」`,
      sourceDisagreement: (where: string, message: string) => `${where}：${message}`,
      schemaUnused: (name: string) => `结构 ${name} 在 components.schemas 之外没有被直接或间接引用`,
      summaryHead: (counts: { error: number; warning: number; info: number }) =>
        `文档质量报告：错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条`,
      summaryRule: (severity: string, rule: string, title: string, count: number) =>
        `  ${severity} ${rule}（${title}）：${count} 条`,
      exampleRoot: '（根）',
      allowedValues: (values: string[]) => `：${values.join('、')}`,
      blocking: (severity: string, rule: string, where: string, message: string) =>
        `  ${severity} ${rule} ${where}：${message}`,
      strictFailed: (count: number) => `严格模式（PORTAL_LINT_STRICT=1）：有 ${count} 条错误或警告，构建失败`,
    },
  },
  /** The build's own lines (src/integrations/openapi-check.ts). */
  build: {
    loaded: (documents: number, operations: number) => `已加载 ${documents} 个 OpenAPI 文档，共 ${operations} 个操作`,
    summaryHead: (head: string) => `${head}（详见 /quality/）`,
    /** What the build's expensive steps cost, printed when it is done: each should run once per build. */
    stats: (s: {
      loads: number;
      loadS: string;
      lints: number;
      lintS: string;
      highlights: number;
      highlightS: string;
      cached: number;
      /** Pieces highlighted on the build's own thread because the highlighting thread failed. */
      fallback: number;
    }) =>
      `构建统计：加载与校验描述 ${s.loads} 次（${s.loadS} 秒），质量检查 ${s.lints} 次（${s.lintS} 秒），代码高亮 ${s.highlights} 段（${s.highlightS} 秒），另有 ${s.cached} 段相同的代码取自高亮缓存` +
      (s.fallback > 0 ? `；高亮线程不可用，其中 ${s.fallback} 段在构建线程上高亮（结果相同，构建较慢）` : ''),
  },
  /** The /quality/ page. */
  quality: {
    title: '文档质量报告',
    description: 'OpenAPI 描述的文档质量检查结果：示例与结构、描述、起始版本和未引用的结构',
    intro:
      '每次构建都会检查 OpenAPI 描述：示例是否符合结构定义、字段是否有真正的描述、描述是否张冠李戴、字段的起始版本，以及未被引用的结构。',
    totals: (total: number, counts: { error: number; warning: number; info: number }) =>
      `共 ${total} 条：错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条。`,
    strictBefore: '设置环境变量 ',
    strictAfter: ' 构建时，有任何错误或警告都会使构建失败；提示只供审阅。',
    summaryCaption: '各规则的发现数',
    summaryPages: (size: number) => `每条规则的发现分页列出（每页至多 ${size} 条），点击规则名称查看。`,
    ruleId: '规则 ID：',
    noFindings: '未发现问题。',
    findingsCaption: (title: string, from: number, to: number, total: number) =>
      total > to - from + 1 ? `${title}：第 ${from}–${to} 条，共 ${total} 条` : `${title}：${total} 条`,
    rulePageTitle: (title: string, page: number, pages: number) =>
      pages > 1 ? `${title}（第 ${page}/${pages} 页）` : title,
    pageCount: (pages: number) => `${pages} 页`,
    backToSummary: '← 返回文档质量报告',
    rulePageDocTitle: (pageTitle: string, reportTitle: string) => `${pageTitle} · ${reportTitle}`,
    rulePageDescription: (reportTitle: string, ruleTitle: string, rule: string) =>
      `${reportTitle}：${ruleTitle}（${rule}）`,
    correctionsEnd: '。',
    correctionsTitle: '与原参考页的差异',
    correctionsPagedTitle: (page: number, pages: number) => `与原参考页的差异（第 ${page}/${pages} 页）`,
    correctionsIntro: (count: number) =>
      `以下 ${count} 处内容已按 ZStack 源码更正，与 ZStack 原参考页不同；操作页上的字段旁以「已更正」标出。`,
    correctionsSummary: (count: number) =>
      `${count} 处内容已按 ZStack 源码更正，与 ZStack 原参考页不同；操作页上的字段旁以「已更正」标出。详见`,
    correctionsLink: (operations: number) => `按操作列出的更正清单（${operations} 个操作）`,
    columns: {
      rule: '规则',
      severity: '级别',
      count: '条数',
      pages: '页数',
      explanation: '检查内容',
      message: '说明',
      location: '位置',
      field: '页面中的字段',
    },
  },
  /** The comments and labels inside generated samples (src/lib/samples/). */
  sampleCode: {
    polling: '异步 API：先返回 202 和任务地址 location，每秒轮询一次，直到 200（成功）或 503（失败）',
    sdkPolling: '异步 API：call() 每秒轮询一次任务结果，直到成功或失败',
    accessKey: [
      '或用 AccessKey 认证（不设 sessionId）：SDK 用 HmacSHA1 对 "<METHOD>\\n<Date>\\n/v1<path>" 签名，',
      '发送 Date 头和 Authorization: ZStack <AccessKeyId>:<签名>',
    ],
    cliLogIn: 'zstack-cli 自行计算密码的 SHA-512：password 填明文密码',
    cliLogInFirst: '先登录（password 填明文密码）；zstack-cli 保存会话，之后的命令自动使用',
    jobResult: '（轮询任务结果）',
    submission: '（提交请求）',
    sampled: (label: string) => `${label}（按结构生成）`,
    javaNote: (className: string) =>
      `需要 ZStack Java SDK（sdk-<版本>.jar 及其依赖）和 JDK 11 或以上；保存为 ${className}.java`,
    javaPollingLimit: '（最长 3 小时，ZSConfig.Builder 的 setDefaultPollingTimeout 可改）',
    pythonNote: '需要 Python 2.7、urllib3 和 ZStack 的 zssdk.py（放在同一目录）',
    pythonPollingLimit: '；zssdk 的 call() 默认只等 15 秒，这里与 ZStack 的默认轮询时限一样等 3 小时',
  },
  /** A category's page of operations (/api/categories/<id>/). */
  categoryPage: {
    pagedTitle: (name: string, page: number, pages: number) => `${name}（第 ${page}/${pages} 页）`,
    count: (total: number, from: number, to: number) =>
      total > to - from + 1 ? `${total} 个接口，本页为第 ${from}–${to} 个。` : `${total} 个接口。`,
  },
  /** Links between the pages of a long list (the quality report's findings, a category's operations). */
  pager: {
    label: (what: string) => `${what}的分页`,
    previous: '上一页',
    next: '下一页',
    page: (page: number) => `第 ${page} 页`,
    current: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
  },
  samples: sampleStrings,
  site: siteStrings,
  search: searchStrings,
  panel: panelStrings,
  pages: pageStrings,
  importer: importerStrings,
  proxy: serverStrings.proxy,
  server: serverStrings,
};
