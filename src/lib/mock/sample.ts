import { sample } from 'openapi-sampler';
import type { JsonSchema } from '../schema/json-schema';
import { isPlainObject as isRecord } from '../schema/pointer';
import { getProperties } from '../schema/properties';
import { resolveSchema } from '../schema/refs';
import { formatTimestamp, makeUuid } from './values';

/** Nested inventories (a VM's volumes, their snapshots …) stop here: deeper lists are left empty. */
const MAX_SAMPLE_DEPTH = 4;

/**
 * A value of a schema of `root` (a self-contained JSON Schema, see
 * makeJsonSchema), for an answer or a resource the description gives no
 * example of: openapi-sampler's, with ZStack's forms for a uuid and a Timestamp.
 */
export function sampleSchema(root: JsonSchema, schema: unknown = root): unknown {
  const value = sample(schema as object, { skipReadOnly: false, maxSampleDepth: MAX_SAMPLE_DEPTH, quiet: true }, root);
  return fixZStackValues(root, schema, value);
}

/** The sampler's `"string"` for a uuid and ISO date for a Timestamp, in ZStack's forms. */
function fixZStackValues(root: JsonSchema, schema: unknown, value: unknown, depth = 0): unknown {
  if (depth > MAX_SAMPLE_DEPTH + 2) return value;
  if (Array.isArray(value))
    return value.map((item) => fixZStackValues(root, resolveSchema(root, schema).schema['items'], item, depth + 1));
  if (!isRecord(value)) return value;
  const properties = getProperties(root, schema);
  for (const [name, child] of Object.entries(value)) {
    const childSchema = properties[name];
    if (typeof child === 'string' && /uuid$/i.test(name)) value[name] = makeUuid();
    else if (typeof child === 'string' && resolveSchema(root, childSchema).schema['format'] === 'date-time')
      value[name] = formatTimestamp(Date.parse(child));
    else value[name] = fixZStackValues(root, childSchema, child, depth + 1);
  }
  return value;
}
