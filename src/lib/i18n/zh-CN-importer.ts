/**
 * The zh-CN texts of the ZStack importer (src/importer/): what the import command prints, why
 * it skips a class, and the disagreements of ZStack's sources that the quality report lists.
 * The descriptions it writes into the generated OpenAPI documents are content, not UI, and stay
 * with the importer.
 */
export const importerStrings = {
  /** What the import command prints. */
  messages: {
    usage:
      '用法：npm run import:zstack -- <ZStack 源码目录> [--out <输出目录>]（默认输出到 openapi/generated/，也可用环境变量 PORTAL_GENERATED_DIR 指定）',
    badArgs: (reason: string) => `参数有误：${reason}`,
    notADirectory: (path: string) => `不是目录：${path}`,
    progress: (done: number, total: number) => `正在导入 API：${done}/${total}`,
    summary: (
      found: number,
      imported: number,
      operations: number,
      skipped: number,
      warnings: number,
      findings: number,
    ) =>
      `发现 API ${found} 个，导入 ${imported} 个（${operations} 个操作），跳过 ${skipped} 个，警告 ${warnings} 条，源码不一致 ${findings} 处`,
    skipped: (className: string, file: string, reason: string) => `  跳过 ${className}（${file}）：${reason}`,
    warning: (text: string) => `  警告 ${text}`,
    written: (count: number, out: string, seconds: number) =>
      `已写入 ${count} 个文档到 ${out}（用时 ${seconds.toFixed(1)} 秒）`,
  },
  /** Where ZStack's sources disagree, by rule. */
  findings: {
    'location-mismatch': (field: string, said: string, actual: string) =>
      `模板把参数 ${field} 的位置写作 ${said}，按 Java 声明它在 ${actual} 中传递`,
    'description-empty': (field: string, text: string) =>
      text.trim() === '' ? `参数 ${field} 的模板描述为空` : `参数 ${field} 的模板描述是字面量「${text.trim()}」`,
    'since-missing': (field: string) => `参数 ${field} 的模板没有写起始版本（since）`,
    'field-not-in-java': (field: string) => `模板列出的参数 ${field} 在 Java 类中不存在（或被 @APINoSee 隐藏），已忽略`,
    'field-not-in-template': (field: string) => `Java 类的参数 ${field} 在模板中没有说明`,
    'type-mismatch': (field: string, said: string, actual: string) =>
      `模板把参数 ${field} 的类型写作 ${said}，Java 声明为 ${actual}`,
    'url-mismatch': (said: string, actual: string) => `模板的 URL「${said}」与 @RestRequest 声明的「${actual}」不一致`,
    'response-field-not-in-json': (field: string) =>
      `模板列出的返回字段 ${field} 不在 REST 响应的 JSON 中（按 @RestResponse）`,
    'template-missing': () => '没有找到该接口的文档模板（*Doc_zh_cn.groovy）',
  },
  skip: {
    pathNotConstant: '@RestRequest 的 path 不是字符串常量',
    methodUnknown: '@RestRequest 的 method 无法识别',
    noResponseClass: '@RestRequest 缺少 responseClass',
    noRestRequest: '没有 @RestRequest 注解',
    noDoc: '标注了 @NoDoc：ZStack 不公开该接口的文档',
    noPath: '@RestRequest 没有可用的路径',
    responseClassMissing: (name: string) => `找不到响应类 ${name}`,
    responseClassKind: (name: string) => `响应类 ${name} 既不继承 APIEvent 也不继承 APIReply`,
    operationIdTaken: (operationId: string, by: string) => `operationId ${operationId} 已被 ${by} 使用`,
  },
  warnings: {
    /** `inferredFrom`: the source folder whose other APIs gave the category. */
    unknownCategory: (api: string, code: string | undefined, category: string[], inferredFrom?: string) =>
      inferredFrom === undefined
        ? `${api}：分类代码 ${code ?? '（无）'} 不在对照表中，归入“${category.join(' / ')}”`
        : `${api}：分类代码 ${code ?? '（无）'} 不在对照表中，按同一目录（${inferredFrom}）中其他 API 的分类归入“${category.join(' / ')}”`,
    unresolvedType: (file: string, type: string) => `${file}：无法解析类型 ${type}，按任意值处理`,
  },
  listSeparator: '、',
};
