import type { ErrorObject } from 'ajv/dist/2020';
import localizeZh from 'ajv-i18n/localize/zh';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { strings } from '../i18n';
import type { JsonSchema } from '../schema/json-schema';
import { getLineColumn } from '../text-position';
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

const t = strings.panel.body;

/**
 * Checks a request body against the operation's schema, as the reader types:
 * JSON syntax first, then types, unknown keys and missing required fields.
 */
export function getBodyDiagnostics(text: string, schema: JsonSchema | undefined): BodyDiagnostic[] {
  if (text.trim() === '') return [];
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0 || !tree) {
    // The first error only, with its line and column: the parser's later errors mostly follow from it (a missing
    // quote makes every colon after it "unexpected"), and a list of them without places told the reader nothing.
    return syntaxErrors.slice(0, 1).map((e) => {
      const { line, column } = getLineColumn(text, e.offset);
      return {
        // The message a description file's syntax error gets, with the editor's words for the fault.
        message: strings.spec.specJsonSyntax(
          line,
          column,
          t.syntaxErrors[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error),
        ),
        pointer: '',
        offset: e.offset,
        length: Math.max(e.length, 1),
      };
    });
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
  let subject = segments.map(showKey).join('.') || t.wholeBody;
  let detail = error.message ?? '';
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const property = findNodeAtLocation(tree, [...path, name]);
    if (property?.parent?.children?.[0]) node = property.parent.children[0];
    subject = [...segments, name].map(showKey).join('.');
    detail = t.unknownField;
  } else if (error.keyword === 'required') {
    detail = t.missingField(String((error.params as { missingProperty: string }).missingProperty));
  } else if (error.keyword === 'type') {
    detail = t.wrongType(getTypeNames(String((error.params as { type: string }).type)));
  } else if (error.keyword === 'enum') {
    detail = t.notInEnum(
      ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)),
    );
  }
  return { message: t.problem(subject, detail), pointer: error.instancePath, offset: node.offset, length: node.length };
}

/** An empty key would leave the message without a subject: show it as "". */
function showKey(key: string): string {
  return key === '' ? '""' : key;
}

function getTypeNames(type: string): string[] {
  return type.split(',').map((name) => t.types[name] ?? name);
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
