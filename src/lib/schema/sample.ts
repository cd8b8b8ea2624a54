import { sample } from 'openapi-sampler';
import type { JsonSchema } from './json-schema';
import { isPlainObject } from './pointer';
import { getProperties } from './properties';
import { resolveSchema } from './refs';

/** Nested inventories (a VM's volumes, their snapshots …) stop here: deeper lists are left empty. */
const MAX_SAMPLE_DEPTH = 4;
const SAMPLER_OPTIONS = { skipReadOnly: false, maxSampleDepth: MAX_SAMPLE_DEPTH, quiet: true };
/** The types whose sample is a value, not a level: the depth limit is for levels. */
const LEAF_TYPES = new Set(['string', 'integer', 'number', 'boolean']);
/** What a page shows for a uuid or a Timestamp the description gives no example of: fixed, so a build is repeatable. */
const EXAMPLE_UUID = '0123456789abcdef0123456789abcdef';
const EXAMPLE_TIMESTAMP = 'Nov 14, 2017 10:20:57 PM';

export interface ZStackValues {
  uuid: () => string;
  timestamp: (iso: string) => string;
}

/**
 * A value of a schema of `root` (a self-contained JSON Schema, see makeJsonSchema)
 * where the description has no example: openapi-sampler's, with ZStack's forms for a
 * field named `…uuid` and a Timestamp (`format: date-time`).
 */
export function sampleSchema(root: JsonSchema, schema: unknown, values: ZStackValues): unknown {
  const value = sample(schema as object, SAMPLER_OPTIONS, root);
  return fixZStackValues(root, schema, value, values, 0);
}

/** The example a page shows (samples, response examples) where the description has none: the same on every build. */
export function sampleExample(root: JsonSchema, schema: unknown = root): unknown {
  return sampleSchema(root, schema, { uuid: () => EXAMPLE_UUID, timestamp: () => EXAMPLE_TIMESTAMP });
}

/** Whether a schema says enough to sample (properties or items): an empty `{}` answer has no example to show. */
export function isSampleable(root: JsonSchema, schema: unknown = root): boolean {
  const resolved = resolveSchema(root, schema).schema;
  return Object.keys(getProperties(root, resolved)).length > 0 || isPlainObject(resolved['items']);
}

/** Example placeholder for a path parameter the description gives no example of. */
export function getExamplePathValue(name: string): string {
  return /uuid$/i.test(name) ? EXAMPLE_UUID : name;
}

function fixZStackValues(
  root: JsonSchema,
  schema: unknown,
  value: unknown,
  values: ZStackValues,
  depth: number,
): unknown {
  if (depth > MAX_SAMPLE_DEPTH + 2) return value;
  // openapi-sampler gives nothing (undefined, null in JSON) for any schema below its depth limit, a string's too: a
  // Map<String, List<String>> came out as {"property1": [null]}, which the server and the mock refuse. A leaf is
  // sampled on its own.
  if (value === null || value === undefined) {
    const leaf = resolveSchema(root, schema).schema;
    if (typeof leaf['type'] === 'string' && LEAF_TYPES.has(leaf['type'])) return sample(leaf, SAMPLER_OPTIONS, root);
  }
  if (Array.isArray(value))
    return value.map((item) =>
      fixZStackValues(root, resolveSchema(root, schema).schema['items'], item, values, depth + 1),
    );
  if (!isPlainObject(value)) return value;
  const properties = getProperties(root, schema);
  // A map's entries (the sampler's property1, property2) have the schema of additionalProperties.
  const additional = resolveSchema(root, schema).schema['additionalProperties'];
  for (const [name, child] of Object.entries(value)) {
    const childSchema = properties[name] ?? (isPlainObject(additional) ? additional : undefined);
    if (typeof child === 'string' && /uuid$/i.test(name)) value[name] = values.uuid();
    else if (Array.isArray(child) && /uuids$/i.test(name) && child.every((item) => typeof item === 'string'))
      value[name] = child.map(() => values.uuid());
    else if (typeof child === 'string' && resolveSchema(root, childSchema).schema['format'] === 'date-time')
      value[name] = values.timestamp(child);
    else value[name] = fixZStackValues(root, childSchema, child, values, depth + 1);
  }
  return value;
}
