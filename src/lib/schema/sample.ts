import { sample } from 'openapi-sampler';
import { ZSTACK_DATE_TYPES, type JsonSchema } from './json-schema';
import { isPlainObject } from './pointer';
import { getProperties } from './properties';
import { resolveSchema } from './refs';

/** Nested inventories (a VM's volumes, their snapshots …) stop here: deeper lists are left empty. */
const MAX_SAMPLE_DEPTH = 4;
const SAMPLER_OPTIONS = { skipReadOnly: false, maxSampleDepth: MAX_SAMPLE_DEPTH, quiet: true };
const REQUIRED_ONLY_OPTIONS = { ...SAMPLER_OPTIONS, skipNonRequired: true };
/** The types whose sample is a value, not a level: the depth limit is for levels. */
const LEAF_TYPES = new Set(['string', 'integer', 'number', 'boolean']);
/** What a page shows for a uuid or a Timestamp the description gives no example of: fixed, so a build is repeatable. */
const EXAMPLE_UUID = '0123456789abcdef0123456789abcdef';
const EXAMPLE_TIMESTAMP = 'Nov 14, 2017 10:20:57 PM';
/** The instant a Timestamp field without a sampled date stands for (openapi-sampler's own date-time example). */
const SAMPLED_DATE_TIME = '2019-08-24T14:15:22Z';

export interface ZStackValues {
  uuid: () => string;
  timestamp: (iso: string) => string;
}

/** The pages' uuid and Timestamp: fixed, so that a build is repeatable. */
const PAGE_VALUES: ZStackValues = { uuid: () => EXAMPLE_UUID, timestamp: () => EXAMPLE_TIMESTAMP };

/**
 * A value of a schema of `root` (a self-contained JSON Schema, see makeJsonSchema)
 * where the description has no example: openapi-sampler's, with ZStack's forms for a
 * field named `…uuid` and a Timestamp (`format: date-time`).
 */
export function sampleSchema(root: JsonSchema, schema: unknown, values: ZStackValues, requiredOnly = false): unknown {
  const value = sample(schema as object, requiredOnly ? REQUIRED_ONLY_OPTIONS : SAMPLER_OPTIONS, root);
  return fixZStackValues(root, schema, value, values, 0, requiredOnly);
}

/** The example a page shows (samples, response examples) where the description has none: the same on every build. */
export function sampleExample(root: JsonSchema, schema: unknown = root): unknown {
  return sampleSchema(root, schema, PAGE_VALUES);
}

/**
 * The request body a page's samples send where the description gives none: the required fields only. An optional
 * field's sampled value is no value a server takes (`"systemTags": ["string"]`: ZStack answers no system tag
 * matches[string]); the field table lists the optional fields, and the panel's editor completes them.
 */
export function sampleRequestExample(root: JsonSchema): unknown {
  return sampleSchema(root, root, PAGE_VALUES, true);
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
  requiredOnly = false,
): unknown {
  if (depth > MAX_SAMPLE_DEPTH + 2) return value;
  const resolved = resolveSchema(root, schema).schema;
  // openapi-sampler gives nothing (undefined, null in JSON) for any schema below its depth limit, a string's too: a
  // Map<String, List<String>> came out as {"property1": [null]}, which the server and the mock refuse. A leaf is
  // sampled on its own.
  if (value === null || value === undefined) {
    if (typeof resolved['type'] === 'string' && LEAF_TYPES.has(resolved['type']))
      return sample(resolved, SAMPLER_OPTIONS, root);
    return undefined;
  }
  if (Array.isArray(value))
    // An object below the depth limit is nothing: its list is left empty rather than [null] (VmNicInventory's usedIps).
    return value
      .map((item) => fixZStackValues(root, resolved['items'], item, values, depth + 1, requiredOnly))
      .filter((item) => item !== undefined);
  if (!isPlainObject(value)) return value;
  const properties = getProperties(root, schema);
  // An object the sampler reached at its depth limit comes out as {}: its own values are sampled, not its lists'.
  const required = new Set(Array.isArray(resolved['required']) ? resolved['required'].map(String) : []);
  if (Object.keys(value).length === 0)
    for (const [name, child] of Object.entries(properties)) {
      if (requiredOnly && !required.has(name)) continue;
      const type = resolveSchema(root, child).schema['type'];
      if (type === 'array') value[name] = [];
      else if (typeof type === 'string' && LEAF_TYPES.has(type)) value[name] = undefined;
    }
  // A map's entries (the sampler's property1, property2) have the schema of additionalProperties.
  const additional = resolved['additionalProperties'];
  for (const [name, child] of Object.entries(value)) {
    const childSchema = properties[name] ?? (isPlainObject(additional) ? additional : undefined);
    const fixed = fixZStackValues(root, childSchema, child, values, depth + 1, requiredOnly);
    if (fixed === undefined) delete value[name];
    else if (typeof fixed === 'string' && /uuid$/i.test(name)) value[name] = values.uuid();
    else if (Array.isArray(fixed) && /uuids$/i.test(name) && fixed.every((item) => typeof item === 'string'))
      value[name] = fixed.map(() => values.uuid());
    else if (typeof fixed === 'string' && isTimestamp(resolveSchema(root, childSchema).schema))
      value[name] = values.timestamp(/^\d{4}-/.test(fixed) ? fixed : SAMPLED_DATE_TIME);
    else value[name] = fixed;
  }
  return value;
}

/**
 * A Timestamp: `format: date-time` in a hand-written description, a date's `x-zstack-type` in an imported one.
 */
function isTimestamp(schema: JsonSchema): boolean {
  const type = schema['x-zstack-type'];
  return schema['format'] === 'date-time' || (typeof type === 'string' && ZSTACK_DATE_TYPES.has(type));
}
