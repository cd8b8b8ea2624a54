import type { JsonSchema } from './json-schema';

/** Keywords that only annotate (ajv here checks no format's default nor readOnly): a validator does not depend on them. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'example',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  // The one extension a self-contained schema keeps (a date's Java type, json-schema.ts): for the sampler only.
  'x-zstack-type',
]);
/** Keywords whose value is a schema, or a list of schemas. */
const SUBSCHEMA = new Set([
  'items',
  'prefixItems',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
]);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas']);

const DEFS_PREFIX = '#/$defs/';

/**
 * What a compiled validator depends on: the schema without its annotations (descriptions,
 * examples, `x-*` extensions), its `$defs` renamed `d0`, `d1`… in the order a walk first
 * refers to them, and the `$defs` it never refers to left out. Answers that differ
 * only in wording or in the names of their components (every operation's own `…Event`, around
 * the same inventory) then share one validator, which does not carry the wording again.
 * Errors are the same but for their `schemaPath`, which names the renamed `$defs`.
 */
export function getValidationSchema(schema: JsonSchema): JsonSchema {
  const defs = schema['$defs'];
  const source = typeof defs === 'object' && defs !== null ? (defs as Record<string, unknown>) : {};
  const names = new Map<string, string>();
  const renamed: Record<string, unknown> = {};
  const rename = (ref: string): string => {
    if (!ref.startsWith(DEFS_PREFIX)) return ref;
    const [name = '', ...rest] = ref.slice(DEFS_PREFIX.length).split('/');
    if (!Object.hasOwn(source, name)) return ref;
    let short = names.get(name);
    if (short === undefined) {
      short = `d${names.size}`;
      names.set(name, short);
      renamed[short] = {};
      renamed[short] = stripSchema(source[name], rename);
    }
    return [`${DEFS_PREFIX}${short}`, ...rest].join('/');
  };
  const root = stripSchema({ ...schema, $defs: undefined }, rename) as JsonSchema;
  return names.size > 0 ? { ...root, $defs: renamed } : root;
}

/** The schema without annotations, its refs renamed; keys keep their order, which is the order of ajv's errors. */
function stripSchema(schema: unknown, rename: (ref: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => stripSchema(item, rename));
  if (typeof schema !== 'object' || schema === null) return schema;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (value === undefined || ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') kept[key] = rename(value);
    else if (SUBSCHEMA.has(key)) kept[key] = stripSchema(value, rename);
    else if (SCHEMA_MAP.has(key) && typeof value === 'object' && value !== null)
      kept[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchema(sub, rename)]));
    else kept[key] = value;
  }
  return kept;
}
