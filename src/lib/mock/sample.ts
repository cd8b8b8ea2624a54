import type { JsonSchema } from '../schema/json-schema';
import { sampleSchema as sampleWith } from '../schema/sample';
import { formatTimestamp, makeUuid } from './values';

/**
 * A value of a schema of `root` for an answer or a resource the description gives no
 * example of, with a new uuid each time (two created resources are two resources) and
 * the sampler's date as ZStack formats a Timestamp.
 */
export function sampleSchema(root: JsonSchema, schema: unknown = root): unknown {
  return sampleWith(root, schema, { uuid: makeUuid, timestamp: (iso) => formatTimestamp(Date.parse(iso)) });
}
