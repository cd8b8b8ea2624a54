import type { ErrorObject } from 'ajv/dist/2020';
import localizeZh from 'ajv-i18n/localize/zh';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonSchema } from '../schema/json-schema';
// The one validator the mock, the lint report and the editor share.
import { getSchemaErrors } from '../schema/validate';

/** A problem in a request body, located in its text (offset/length), with a Chinese message. */
export interface BodyDiagnostic {
  message: string;
  /** JSON pointer of the value at fault ('' for the whole body). */
  pointer: string;
  offset: number;
  length: number;
}

const SYNTAX_MESSAGES: Record<string, string> = {
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
};

/**
 * Checks a request body against the operation's schema, as the reader types:
 * JSON syntax first, then types, unknown keys and missing required fields.
 */
export function getBodyDiagnostics(text: string, schema: JsonSchema | undefined): BodyDiagnostic[] {
  if (text.trim() === '') return [];
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0 || !tree) {
    return syntaxErrors.map((e) => ({
      message: `JSON 语法错误：${SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`,
      pointer: '',
      offset: e.offset,
      length: Math.max(e.length, 1),
    }));
  }
  if (!schema) return [];
  const errors = getSchemaErrors(schema, JSON.parse(text)).filter(
    (e) => !['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', '$ref'].includes(e.keyword),
  );
  localizeZh(errors);
  return dedupe(errors.map((e) => toDiagnostic(tree, e)));
}

function toDiagnostic(tree: Node, error: ErrorObject): BodyDiagnostic {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  let node = findNodeAtLocation(tree, path) ?? tree;
  let subject = segments.map(showKey).join('.') || '请求体';
  let detail = error.message ?? '';
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const property = findNodeAtLocation(tree, [...path, name]);
    if (property?.parent?.children?.[0]) node = property.parent.children[0];
    subject = [...segments, name].map(showKey).join('.');
    detail = '未知字段，接口不接受该字段';
  } else if (error.keyword === 'required') {
    detail = `缺少必填字段 ${String((error.params as { missingProperty: string }).missingProperty)}`;
  } else if (error.keyword === 'type') {
    detail = `类型错误，应为 ${getTypeName(String((error.params as { type: string }).type))}`;
  } else if (error.keyword === 'enum') {
    detail = `取值无效，可选值：${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join('、')}`;
  }
  return { message: `${subject}：${detail}`, pointer: error.instancePath, offset: node.offset, length: node.length };
}

/** An empty key would leave the message without a subject: show it as "". */
function showKey(key: string): string {
  return key === '' ? '""' : key;
}

function getTypeName(type: string): string {
  const names: Record<string, string> = {
    boolean: 'Boolean（true 或 false）',
    string: 'String',
    integer: '整数',
    number: '数字',
    array: '列表',
    object: '对象',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' 或 ');
}

function dedupe(list: BodyDiagnostic[]): BodyDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.offset}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
