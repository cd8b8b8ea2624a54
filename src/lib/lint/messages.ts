import type { RuleId, Severity } from './types';

/** Every rule: its severity, its title and what it checks, in the order the report lists them. */
export const rules: Record<RuleId, { severity: Severity; title: string; explanation: string }> = {
  'example-invalid': {
    severity: '错误',
    title: '示例不符合结构定义',
    explanation: '请求或响应示例按其 JSON Schema 校验失败（类型、必填字段、枚举值等）。',
  },
  'example-undeclared': {
    severity: '错误',
    title: '示例含未声明字段',
    explanation: '示例中出现了结构定义没有声明的字段：读者照着示例写代码，却在字段表里找不到它。',
  },
  'example-missing-field': {
    severity: '提示',
    title: '示例缺少字段',
    explanation: '结构定义声明了、示例中却没有出现的字段。可选字段省略是正常的，列出来供审阅者确认。',
  },
  'description-missing': {
    severity: '警告',
    title: '字段缺少描述',
    explanation: '字段或参数没有描述，或描述只是“暂无描述。”、空白或标点。',
  },
  'description-reused': {
    severity: '提示',
    title: '描述被不同字段重复使用',
    explanation:
      '同一段描述（忽略首尾空白和句末标点）用在了名字不同的字段上，可能是复制时没有改。一个名字以另一个结尾（如 uuid 与 vmInstanceUuid）视为同一概念；“资源的UUID,唯一标示该资源”“创建时间”这类 ZStack 通用描述不计。',
  },
  'description-mismatch': {
    severity: '警告',
    title: '描述指向另一个概念',
    explanation:
      '描述里带有“来源”“目标”“目的”“返回记录数”等限定词，字段名里却没有对应的词（如 src、source、dest、target、count），描述多半是从别的字段抄来的。',
  },
  'since-later': {
    severity: '提示',
    title: '字段起始版本晚于操作',
    explanation: '字段的 x-zstack-since 晚于所在操作的起始版本：后来新增的字段，请确认版本号无误。',
  },
  'schema-unused': {
    severity: '警告',
    title: '未被引用的结构',
    explanation: 'components.schemas 中定义了、却没有被文档其他部分直接或间接引用的结构；只被自身或其他未引用结构引用的也算。',
  },
  'pattern-backtracking': {
    severity: '警告',
    title: '正则表达式可能灾难性回溯',
    explanation:
      'pattern 中一个不限次数的重复里又嵌套了重复（如 ^(a+)+$）：在浏览器和模拟器的正则引擎中，一段不匹配的输入就可能耗时数分钟。构建用线性时间的 RE2 校验示例，不受影响；请改写为不嵌套的形式。',
  },
  'handwritten-differs': {
    severity: '提示',
    title: '手写文档与生成文档不一致',
    explanation:
      '手写文档与从 ZStack 源码生成的文档（x-zstack-generated）描述同一个操作时，页面以手写的为准，手写文档缺少的部分由生成文档补全；两者对同一事实（描述、类型、默认值、枚举、必填、起始版本、路径等）说法不同时列在这里，请确认哪一方正确。',
  },
};

export const findingMessages = {
  exampleInvalid: (where: string, reason: string) => `示例 ${where} ${reason}`,
  requiredMissing: '缺失（必填字段）',
  exampleUndeclared: (where: string, schema?: string) => `示例中的字段 ${where} 在${schema ? ` ${schema} ` : '结构'}中没有定义`,
  exampleMissingField: (where: string, schema?: string) => `示例缺少字段 ${where}（已在${schema ? ` ${schema} ` : '结构'}中定义）`,
  descriptionEmpty: (name: string) => `字段 ${name} 没有描述`,
  descriptionPlaceholder: (name: string, text: string) => `字段 ${name} 的描述「${text}」不是真正的描述`,
  descriptionReused: (name: string, text: string, others: string[]) => `字段 ${name} 的描述「${text}」也用在了 ${others.join('、')} 上`,
  descriptionMismatch: (name: string, text: string, term: string) => `字段 ${name} 的描述「${text}」提到“${term}”，字段名中却没有对应的词`,
  sinceLater: (name: string, since: string, operationId: string, operationSince: string) =>
    `字段 ${name} 的起始版本 ${since} 晚于操作 ${operationId} 的起始版本 ${operationSince}`,
  patternBacktracking: (pattern: string) => `pattern「${pattern}」在不限次数的重复中嵌套了重复，可能灾难性回溯`,
  handwrittenDiffers: (operationId: string, key: string, hand: string, generated: string) =>
    `操作 ${operationId} 的 ${key} 手写为「${hand}」，生成文档为「${generated}」`,
  schemaUnused: (name: string) => `结构 ${name} 在 components.schemas 之外没有被直接或间接引用`,
  summaryHead: (counts: Record<Severity, number>) => `文档质量报告：错误 ${counts['错误']} 条，警告 ${counts['警告']} 条，提示 ${counts['提示']} 条`,
  summaryRule: (severity: Severity, rule: RuleId, count: number) => `  ${severity} ${rule}（${rules[rule].title}）：${count} 条`,
  strictFailed: (count: number) => `严格模式（PORTAL_LINT_STRICT=1）：有 ${count} 条错误或警告，构建失败`,
} as const;
