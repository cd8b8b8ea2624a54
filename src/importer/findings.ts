/**
 * Where ZStack's sources disagree. The Java declaration wins; each disagreement is written
 * into the operation as `x-zstack-source-findings` for the documentation-quality report.
 */
export const findingRules = {
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
} as const;

export type FindingRule = keyof typeof findingRules;

/** An empty description, or the literal text `null` that many templates carry. */
export function isEmptyDesc(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'null';
}

export interface SourceFinding {
  rule: FindingRule;
  message: string;
  /** Relative to the checkout, with `/` separators. */
  file: string;
  line: number;
  field?: string;
}
