/**
 * Every user-facing message of the library, in Chinese, in one place:
 * their wording is a tested contract.
 */
export const messages = {
  specInvalid: (location: string, reason: string) => `OpenAPI 文档无效：${location}：${reason}`,
  specEmpty: '文件为空，不是 OpenAPI 文档',
  specNotUtf8: '文件不是有效的 UTF-8 文本',
  specYamlSyntax: (line: number, col: number, reason: string) => `YAML 语法错误（第 ${line} 行第 ${col} 列）：${reason}`,
  specNotObject: '文档顶层必须是一个对象',
  specMissingOpenapi: '缺少 openapi 字段',
  specUnsupportedVersion: (v: string) => `不支持的 OpenAPI 版本 ${v}，需要 3.1.x`,
  specSchemaViolation: (reason: string) => `不符合 OpenAPI 3.1 规范：${reason}`,
  specRefUnresolved: (ref: string) => `引用 ${ref} 无法解析`,
  specRefExternal: (ref: string) => `不支持外部引用 ${ref}，请使用文档内引用（#/…）`,
  specRefCycle: (ref: string) => `引用 ${ref} 形成了循环`,
  specDuplicateOperationId: (id: string, other: string) => `operationId「${id}」重复，已在 ${other} 中定义`,
  specMissingOperationId: '操作缺少 operationId',
  specPathParamMissing: (name: string) => `路径模板中的参数 {${name}} 没有对应的 path 参数定义`,
  specPathParamUnused: (name: string) => `path 参数 ${name} 不在路径模板中`,
  specNoDocuments: (dir: string) => `目录 ${dir} 中没有 OpenAPI 文档（*.yaml、*.yml、*.json）`,
  specUnknownType: (type: string) => `未知的类型「${type}」`,
  specTooDeep: (depth: number) => `结构嵌套超过 ${depth} 层`,
} as const;
