import { isPlainObject } from '../schema/pointer';
import type { RequestModel } from '../request/model';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JSON value as a JavaScript or Python literal, one entry a line, with
 * trailing commas (both languages allow them), so that a body reads like code.
 */
export function formatLiteral(value: unknown, dialect: Dialect, indent: string, level = 0): string {
  if (Array.isArray(value) || isPlainObject(value)) {
    const entries = Array.isArray(value)
      ? value.map((item) => formatLiteral(item, dialect, indent, level + 1))
      : Object.entries(value).map(
          ([key, item]) => `${formatKey(key, dialect)}: ${formatLiteral(item, dialect, indent, level + 1)}`,
        );
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return open + close;
    const inner = indent.repeat(level + 1);
    return `${open}\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent.repeat(level)}${close}`;
  }
  return formatScalar(value, dialect);
}

/** A value on one line, as the SDK samples set fields: `["a", "b"]`, `{"k": True}`. */
export function formatInline(value: unknown, dialect: Dialect): string {
  if (Array.isArray(value)) return `[${value.map((item) => formatInline(item, dialect)).join(', ')}]`;
  if (isPlainObject(value))
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${formatInline(item, dialect)}`)
      .join(', ')}}`;
  return formatScalar(value, dialect);
}

/** The request body as data when it is JSON, or as the text the reader typed when it is not. */
export function getBody(request: RequestModel): { json: unknown } | { text: string } | undefined {
  if (request.body === undefined) return undefined;
  try {
    return { json: JSON.parse(request.body) };
  } catch {
    return { text: request.body };
  }
}

function formatScalar(value: unknown, dialect: Dialect): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return dialect === 'python' ? (value ? 'True' : 'False') : String(value);
  return dialect === 'python' ? 'None' : 'null';
}

function formatKey(key: string, dialect: Dialect): string {
  return dialect === 'js' && IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

export type Dialect = 'js' | 'python';
