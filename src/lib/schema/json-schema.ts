import { isPlainObject } from './pointer';
import { getByRef } from './refs';

const COMPONENT_PREFIX = '#/components/schemas/';

export type JsonSchema = Record<string, unknown>;

/**
 * The Java types of a date (`x-zstack-type` on a string): ZStack writes them as `Nov 14, 2017 10:20:57 PM`, not
 * RFC 3339, so the importer cannot say `format: date-time`. A self-contained schema keeps this one extension, for
 * the sampler (sample.ts) to write such a field as a date.
 */
export const ZSTACK_DATE_TYPES: ReadonlySet<string> = new Set(['Timestamp', 'Date', 'LocalDateTime', 'Instant']);

/**
 * Turns a schema of an OpenAPI 3.1 document into a self-contained JSON Schema
 * (draft 2020-12): every component it reaches is copied into `$defs`, and
 * references are rewritten to point there. Used by the mock, the simulator
 * and the editor's diagnostics.
 */
export function makeJsonSchema(doc: unknown, schema: unknown): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const pending: string[] = [];
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isPlainObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        out[key] = toDefRef(doc, value, defs, pending);
      } else if (key === 'x-zstack-type' && typeof value === 'string' && ZSTACK_DATE_TYPES.has(value)) {
        out[key] = value;
      } else if (key === 'example' || key === 'examples' || key.startsWith('x-')) {
        continue;
      } else {
        out[key] = rewrite(value);
      }
    }
    return out;
  };
  const root = rewrite(schema) as JsonSchema;
  while (pending.length > 0) {
    const name = pending.pop()!;
    defs[name] = rewrite(getByRef(doc, COMPONENT_PREFIX + name)) as JsonSchema;
  }
  return Object.keys(defs).length > 0
    ? { $schema: 'https://json-schema.org/draft/2020-12/schema', ...root, $defs: defs }
    : { $schema: 'https://json-schema.org/draft/2020-12/schema', ...root };
}

function toDefRef(doc: unknown, ref: string, defs: Record<string, JsonSchema>, pending: string[]): string {
  if (ref.startsWith(COMPONENT_PREFIX)) {
    const name = ref.slice(COMPONENT_PREFIX.length);
    if (!(name in defs) && !pending.includes(name)) {
      defs[name] = {};
      pending.push(name);
    }
    return `#/$defs/${name}`;
  }
  // Any other local reference is inlined under a generated name.
  const name = ref.replace(/^#\//, '').replaceAll('/', '_');
  if (!(name in defs)) {
    defs[name] = {};
    const target = getByRef(doc, ref);
    if (isPlainObject(target)) defs[name] = target as JsonSchema;
  }
  return `#/$defs/${name}`;
}
