import { isPlainObject as isRecord } from '../schema/pointer';
import { getOwn } from '../schema/records';
import { matchesLike } from './like';

/**
 * ZStack's query operators as its REST layer finds them in a `q` value, in
 * its order: an operator that contains another comes first (`!=` before `=`).
 */
export const QUERY_OPERATORS = [
  '!=',
  '>=',
  '<=',
  '!?=',
  '!~=',
  '~=',
  '?=',
  '=',
  '>',
  '<',
  'is null',
  'not null',
] as const;

export type QueryOperator = (typeof QUERY_OPERATORS)[number];

export interface QueryCondition {
  /** A field of the inventory; dots reach into nested inventories (`vmNics.ip`). */
  name: string;
  op: QueryOperator;
  value?: string;
}

/** One `q` value (`state=Running`, `hostUuid is null`), or null when it holds no operator. */
export function parseCondition(text: string): QueryCondition | null {
  const op = QUERY_OPERATORS.find((o) => text.includes(o));
  if (!op) return null;
  const at = text.indexOf(op);
  const name = text.slice(0, at).trim();
  if (op === 'is null' || op === 'not null') return { name, op };
  // ZStack keeps the value untrimmed: a space may be part of it.
  return { name, op, value: text.slice(at + op.length) };
}

/**
 * Whether a record satisfies a condition, as the SQL ZStack builds does: a
 * nested field matches when any of its values does, and NULL satisfies no
 * comparison (`!=` included). `=null` and `!=null` test for NULL.
 */
export function matchesCondition(record: Record<string, unknown>, condition: QueryCondition): boolean {
  const values = getFieldValues(record, condition.name);
  const { op, value = '' } = condition;
  if (op === 'is null' || (op === '=' && value === 'null')) return values.length === 0;
  if (op === 'not null' || (op === '!=' && value === 'null')) return values.length > 0;
  return values.some((v) => test(op, v, value));
}

/** The values at a dotted path, through lists; absent and null values are left out. */
export function getFieldValues(record: unknown, path: string): unknown[] {
  let nodes: unknown[] = [record];
  for (const segment of path.split('.')) {
    nodes = nodes.flatMap((node) => {
      const child = isRecord(node) ? getOwn(node, segment) : undefined;
      return Array.isArray(child) ? child : [child];
    });
  }
  return nodes.filter((n) => n !== undefined && n !== null);
}

/** Orders two field values: numbers as numbers, timestamps as times, other values as text; NULL first. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1;
  if (b === undefined || b === null) return 1;
  const left = toComparable(a);
  const right = toComparable(b);
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function test(op: QueryOperator, actual: unknown, value: string): boolean {
  switch (op) {
    case '=':
      return String(actual) === value;
    case '!=':
      return String(actual) !== value;
    case '>':
      return compareValues(actual, value) > 0;
    case '<':
      return compareValues(actual, value) < 0;
    case '>=':
      return compareValues(actual, value) >= 0;
    case '<=':
      return compareValues(actual, value) <= 0;
    case '?=':
      return getList(value).includes(String(actual));
    case '!?=':
      return !getList(value).includes(String(actual));
    case '~=':
      return matchesLike(String(actual), value);
    case '!~=':
      return !matchesLike(String(actual), value);
    default:
      return false;
  }
}

/** A number, or a time for a text that reads as one (`Nov 14, 2017 10:20:57 PM`, `2017-11-14 22:20:57`). */
function toComparable(value: unknown): unknown {
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  if (text !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (/\d{1,2}:\d{2}/.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return time;
  }
  return value;
}

/** `?=a,b`: ZStack splits on commas and trims; an empty list stands for the empty string. */
function getList(value: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length > 0 ? items : [''];
}
