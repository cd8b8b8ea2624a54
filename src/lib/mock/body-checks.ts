import type { ErrorObject } from 'ajv/dist/2020';
import type { JsonSchema } from '../schema/json-schema';
import { verifyType, type InvalidValue } from './query-parameters';
import { getActionKey } from './request-checks';
import { restErrors } from './rest-errors';
import { isPlainObject as isRecord } from '../schema/pointer';
import { getProperties, getTypes } from '../schema/properties';
import { getOwn, makeRecord } from '../schema/records';
import { resolveSchema } from '../schema/refs';
import { getSchemaErrors } from '../schema/validate';
import type { EngineAnswer, EngineOperation } from './types';

const TYPE_NAMES: Record<string, string> = {
  array: 'list',
  object: 'object',
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
};

export interface CheckedBody {
  /** The API's parameters: the action object (or the body), with ZStack's coercions and the schema's defaults. */
  parameter: Record<string, unknown>;
  /** Required parameters that are missing: the API (not the REST layer) refuses them. */
  missing: string[];
  /** A parameter outside its enum (ZStack's validValues): the API refuses it too. */
  invalid?: InvalidValue;
}

/**
 * Checks the parameters of a call as ZStack's REST layer does, then against
 * the body's JSON Schema. Like ZStack (Gson), it ignores fields it does not
 * know, takes "true"/"false" for booleans, numeric strings for integers and
 * any scalar for a string, and treats null as absent.
 */
export function checkBody(
  op: EngineOperation,
  body: Record<string, unknown> | null,
): [EngineAnswer, null] | [null, CheckedBody] {
  if (!op.body) return [null, { parameter: {}, missing: [] }];
  const root = op.body.schema;
  const key = getActionKey(op);
  const raw = key ? (body === null ? undefined : getOwn(body, key)) : body;
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    return [restErrors.invalidField(key ?? 'body', `[${toJavaString(raw)}] is not a valid object.`), null];
  }
  const declared = getProperties(root, key ? getProperties(root, root)[key] : root);
  const parameter = makeRecord();
  for (const [name, value] of Object.entries(raw ?? {})) {
    const [fault, coerced] = coerceField(root, name, declared[name], value);
    if (fault) return [fault, null];
    if (coerced !== null) parameter[name] = coerced;
  }
  for (const [name, schema] of Object.entries(declared)) {
    const fallback = resolveSchema(root, schema).schema['default'];
    if (!Object.hasOwn(parameter, name) && fallback !== undefined) parameter[name] = structuredClone(fallback);
  }
  const others = Object.entries(body ?? {}).filter(([name, value]) => name !== key && value !== null);
  const checked = key ? { ...Object.fromEntries(others), [key]: parameter } : parameter;
  const errors = getSchemaErrors(root, checked).filter((e) => e.keyword !== 'additionalProperties');
  const isParameter = (segments: string[]) =>
    key ? segments.length === 2 && segments[0] === key : segments.length === 1;
  const isApiCheck = (e: ErrorObject) =>
    e.keyword === 'required' || (e.keyword === 'enum' && isParameter(getPathSegments(e)));
  const fault = errors.find((e) => !isApiCheck(e));
  if (fault) return [restErrors.invalidField(getFieldName(fault), describeFault(fault, checked)), null];
  const missing = errors
    .map((e) => (e.params as { missingProperty?: string }).missingProperty)
    .filter((m): m is string => typeof m === 'string');
  const enumError = errors.find((e) => e.keyword === 'enum' && isApiCheck(e));
  if (!enumError) return [null, { parameter, missing }];
  const field = getPathSegments(enumError).at(-1)!;
  const allowed = ((enumError.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(toJavaString);
  return [null, { parameter, missing, invalid: { field, allowed, value: toJavaString(parameter[field]) } }];
}

/** A value as Java's toString writes what Gson parsed: ZStack quotes it so in its messages. */
function toJavaString(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toJavaString).join(', ')}]`;
  if (isRecord(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${toJavaString(v)}`)
      .join(', ')}}`;
  return String(value);
}

/** ZStack's TypeVerifier (booleans, integers), then Gson's coercions; null stands for "not given". */
function coerceField(
  root: JsonSchema,
  name: string,
  schema: unknown,
  value: unknown,
): [EngineAnswer, null] | [null, unknown] {
  if (value === null || schema === undefined) return [null, value];
  const types = getTypes(root, schema);
  const text = toJavaString(value);
  if (types.includes('boolean')) return verifyType('boolean', name, text);
  if (types.includes('integer')) return verifyType('integer', name, text);
  if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) return [null, text];
  return [null, value];
}

/** `flattenVmInstance.full`, `systemTags[0]`: the field an error is about. */
function getFieldName(error: ErrorObject): string {
  return (
    getPathSegments(error).reduce((name, s) => (/^\d+$/.test(s) ? `${name}[${s}]` : name ? `${name}.${s}` : s), '') ||
    'body'
  );
}

function describeFault(error: ErrorObject, body: unknown): string {
  const value = getPathSegments(error).reduce<unknown>(
    (node, s) => (isRecord(node) || Array.isArray(node) ? getOwn(node as Record<string, unknown>, s) : undefined),
    body,
  );
  if (error.keyword === 'type') {
    const expected = String((error.params as { type: string }).type)
      .split(',')
      .map((t) => TYPE_NAMES[t] ?? t)
      .join(' or ');
    return `[${toJavaString(value)}] is not a valid ${expected}.`;
  }
  if (error.keyword === 'enum') {
    return `[${toJavaString(value)}] is not one of [${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(toJavaString).join(', ')}].`;
  }
  return `${error.message ?? error.keyword}.`;
}

function getPathSegments(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
