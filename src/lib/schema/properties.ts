import { getPointer, isPlainObject } from './pointer';
import { resolveSchema } from './refs';
import type { JsonSchema } from './json-schema';
import { makeRecord } from './records';

/** A guard against `allOf` parts that contain themselves through `$ref`. */
const MAX_ALL_OF_DEPTH = 16;

/**
 * The properties an object schema declares: its own first, then those of its
 * `allOf` parts (nested ones too); the first declaration of a name wins.
 * `resolve` follows a part's `$ref`s (and decides what a broken one means).
 */
export function getPropertyEntries(schema: JsonSchema, pointer: string, resolve: Resolve): PropertyEntry[] {
  const entries: PropertyEntry[] = [];
  const names = new Set<string>();
  const visit = (part: JsonSchema, partPointer: string, depth: number) => {
    const required = new Set(Array.isArray(part['required']) ? part['required'].map(String) : []);
    const properties = isPlainObject(part['properties']) ? part['properties'] : {};
    for (const [name, child] of Object.entries(properties)) {
      if (names.has(name)) continue;
      names.add(name);
      entries.push({
        name,
        schema: child,
        pointer: `${partPointer}/properties/${getPointer([name]).slice(1)}`,
        required: required.has(name),
      });
    }
    if (!Array.isArray(part['allOf']) || depth >= MAX_ALL_OF_DEPTH) return;
    part['allOf'].forEach((sub, i) => {
      const resolved = resolve(sub, `${partPointer}/allOf/${i}`);
      visit(resolved.schema, resolved.pointer, depth + 1);
    });
  };
  visit(schema, pointer, 0);
  return entries;
}

/** The properties a sub-schema of a self-contained schema declares, by name, with their sub-schemas. */
export function getProperties(root: JsonSchema, schema: unknown): Record<string, unknown> {
  const resolve: Resolve = (sub, pointer) => ({ schema: resolveSchema(root, sub).schema, pointer });
  const entries = getPropertyEntries(resolveSchema(root, schema).schema, '', resolve);
  return Object.assign(makeRecord(), Object.fromEntries(entries.map((entry) => [entry.name, entry.schema])));
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
  if (!isPlainObject(value)) return value;
  const properties = getProperties(root, resolved);
  const additional = resolved['additionalProperties'];
  const keepsOthers = Object.keys(properties).length === 0 || additional === true || isPlainObject(additional);
  const entries = Object.entries(value).flatMap(([key, child]): Array<[string, unknown]> => {
    if (Object.hasOwn(properties, key)) return [[key, pruneToSchema(root, properties[key], child)]];
    return keepsOthers ? [[key, isPlainObject(additional) ? pruneToSchema(root, additional, child) : child]] : [];
  });
  return Object.fromEntries(entries);
}

export interface PropertyEntry {
  name: string;
  schema: unknown;
  pointer: string;
  required: boolean;
}

type Resolve = (schema: unknown, pointer: string) => { schema: JsonSchema; pointer: string };
