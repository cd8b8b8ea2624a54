import localize from 'ajv-i18n/localize/zh';
import { getProperties } from '../schema/properties';
import { resolveSchema } from '../schema/refs';
import { getSchemaErrors } from '../schema/validate';
import type { JsonSchema } from '../schema/json-schema';
import { isPlainObject } from '../schema/pointer';
import { findingMessages } from './messages';
import { strings } from '../i18n';

export type ExamplePath = Array<string | number>;

export interface ExampleProblem {
  kind: 'invalid' | 'undeclared' | 'missing';
  /** Where in the example: keys and array indices. */
  path: ExamplePath;
  /** The nearest named schema (`$defs` entry) around the object concerned, when there is one. */
  schemaName?: string;
  /** The validator's reason, in Chinese (only for `invalid`). */
  reason?: string;
}

/**
 * Checks an example (or an answer) against a self-contained JSON Schema (see
 * makeJsonSchema): what the validator rejects, plus what JSON Schema allows
 * but a reader would not expect — keys the schema does not declare, and
 * declared keys the example leaves out. The report and the mock's tests share it.
 */
export function checkExample(root: JsonSchema, value: unknown): ExampleProblem[] {
  const errors = getSchemaErrors(root, value).filter((e) => e.keyword !== 'additionalProperties');
  localize(errors);
  const invalid = errors.map((e): ExampleProblem => {
    const path = toPath(value, e.instancePath);
    const missing = e.params['missingProperty'];
    if (typeof missing === 'string')
      return { kind: 'invalid', path: [...path, missing], reason: findingMessages.requiredMissing };
    return { kind: 'invalid', path, reason: `${e.message ?? e.keyword}${formatParams(e.params)}` };
  });
  // A required key the example leaves out is already an error: no second, informational finding for it.
  const isReported = (p: ExampleProblem) =>
    invalid.some((i) => formatExamplePath(i.path) === formatExamplePath(p.path));
  return [...invalid, ...walk(root, root, value, [], undefined).filter((p) => p.kind !== 'missing' || !isReported(p))];
}

/** `inventory.vmNics[0].usedIpUuid`, or `（根）` for the whole example. */
export function formatExamplePath(path: ExamplePath): string {
  if (path.length === 0) return strings.lint.findings.exampleRoot;
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function walk(
  root: JsonSchema,
  schema: unknown,
  value: unknown,
  path: ExamplePath,
  schemaName: string | undefined,
): ExampleProblem[] {
  const resolved = resolveSchema(root, schema);
  const name = resolved.defName ?? schemaName;
  if (Array.isArray(value)) {
    const items = resolved.schema['items'];
    return isPlainObject(items) ? value.flatMap((item, i) => walk(root, items, item, [...path, i], name)) : [];
  }
  if (!isPlainObject(value)) return [];
  const properties = getDeclaredProperties(root, resolved.schema);
  const additional = resolved.schema['additionalProperties'];
  const closed = additional === false || (additional === undefined && Object.keys(properties).length > 0);
  const at = (key: string): Pick<ExampleProblem, 'path' | 'schemaName'> =>
    name ? { path: [...path, key], schemaName: name } : { path: [...path, key] };
  const problems: ExampleProblem[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key in properties) problems.push(...walk(root, properties[key], child, [...path, key], name));
    else if (isPlainObject(additional)) problems.push(...walk(root, additional, child, [...path, key], name));
    else if (closed) problems.push({ kind: 'undeclared', ...at(key) });
  }
  for (const key of Object.keys(properties)) {
    if (!(key in value)) problems.push({ kind: 'missing', ...at(key) });
  }
  return problems;
}

/** Properties through `allOf`, and those of any `oneOf`/`anyOf` variant: a key one variant declares is declared. */
function getDeclaredProperties(root: JsonSchema, schema: JsonSchema): Record<string, unknown> {
  const variants = ['oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
  return Object.assign({}, ...variants.map((v) => getProperties(root, v)), getProperties(root, schema)) as Record<
    string,
    unknown
  >;
}

function toPath(value: unknown, instancePath: string): ExamplePath {
  const path: ExamplePath = [];
  let node = value;
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const segment = Array.isArray(node) ? Number(key) : key;
    path.push(segment);
    node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return path;
}

function formatParams(params: Record<string, unknown>): string {
  if (Array.isArray(params['allowedValues']))
    return strings.lint.findings.allowedValues(params['allowedValues'].map((v) => JSON.stringify(v)));
  return '';
}
