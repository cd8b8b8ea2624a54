import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from '../openapi/json-schema';
import { isPlainObject as isRecord } from '../openapi/pointer';

export { isRecord };

/**
 * A record's own value for a name the request gave (a field, a header, a key), never one
 * its prototype carries: `constructor` or `toString` is nobody's field. Every lookup of a
 * user-given name in the engine goes through this, or through a null-prototype record.
 */
export function getOwn(record: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** An empty record without a prototype: filled with user-given names, it answers only for them (`__proto__` included). */
export function makeRecord<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const DEFS_PREFIX = '#/$defs/';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, logger: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The errors of a value against a self-contained JSON Schema (see makeJsonSchema); none when it is valid. */
export function getSchemaErrors(schema: JsonSchema, value: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** A sub-schema with its `$ref` into the root's `$defs` followed, and the definition's name. */
export function resolveSchema(root: JsonSchema, schema: unknown): { schema: JsonSchema; defName?: string } {
  let current = isRecord(schema) ? schema : {};
  let defName: string | undefined;
  for (let hops = 0; typeof current['$ref'] === 'string' && current['$ref'].startsWith(DEFS_PREFIX) && hops < 32; hops++) {
    defName = current['$ref'].slice(DEFS_PREFIX.length);
    const target = isRecord(root['$defs']) ? root['$defs'][defName] : undefined;
    current = isRecord(target) ? target : {};
  }
  return defName ? { schema: current, defName } : { schema: current };
}

/** The properties a schema declares, with their sub-schemas (through `allOf` too). */
export function getProperties(root: JsonSchema, schema: unknown): Record<string, unknown> {
  const resolved = resolveSchema(root, schema).schema;
  const own = isRecord(resolved['properties']) ? resolved['properties'] : {};
  const parts = Array.isArray(resolved['allOf']) ? resolved['allOf'].map((s) => getProperties(root, s)) : [];
  return Object.assign(makeRecord(), ...parts, own);
}

export function getTypes(root: JsonSchema, schema: unknown): string[] {
  const type = resolveSchema(root, schema).schema['type'];
  return typeof type === 'string' ? [type] : Array.isArray(type) ? type.map(String) : [];
}

/**
 * A copy of the value without the properties its schema does not declare
 * (where the schema lists properties and allows no others): answers are built
 * from examples, which may carry fields the reference leaves out.
 */
export function pruneToSchema(root: JsonSchema, schema: unknown, value: unknown): unknown {
  const resolved = resolveSchema(root, schema).schema;
  if (Array.isArray(value)) return value.map((item) => pruneToSchema(root, resolved['items'], item));
  if (!isRecord(value)) return value;
  const properties = getProperties(root, resolved);
  const additional = resolved['additionalProperties'];
  const keepsOthers = Object.keys(properties).length === 0 || additional === true || isRecord(additional);
  const entries = Object.entries(value).flatMap(([key, child]): Array<[string, unknown]> => {
    if (Object.hasOwn(properties, key)) return [[key, pruneToSchema(root, properties[key], child)]];
    return keepsOthers ? [[key, isRecord(additional) ? pruneToSchema(root, additional, child) : child]] : [];
  });
  return Object.fromEntries(entries);
}
