import { getByPointer, getFragmentPointer, isPlainObject } from './pointer';
import type { JsonSchema } from './json-schema';

/** Longer chains than this are taken for cycles (parseSpec has already refused real ones). */
const MAX_HOPS = 32;
const DEFS_PREFIX = '#/$defs/';

/**
 * Follows a chain of local `$ref`s from `value`, found at `pointer` in `root`.
 * `refs` lists the references followed; `broken` names one that leads nowhere
 * (or to something that is not an object), and `value` is then the node holding it.
 */
export function followRefs(root: unknown, value: unknown, pointer = ''): RefChain {
  let current = value;
  let currentPointer = pointer;
  const refs: string[] = [];
  while (isPlainObject(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    const target = refs.length < MAX_HOPS ? getByRef(root, ref) : undefined;
    if (!isPlainObject(target)) return { value: current, pointer: currentPointer, refs, broken: ref };
    refs.push(ref);
    current = target;
    currentPointer = getFragmentPointer(ref)!;
  }
  return { value: current, pointer: currentPointer, refs };
}

/** The node a local reference (`#/…`, its fragment percent-decoded) names in a document, or undefined. */
export function getByRef(root: unknown, ref: string): unknown {
  const pointer = getFragmentPointer(ref);
  return pointer === undefined ? undefined : getByPointer(root, pointer);
}

/** A sub-schema of a self-contained schema (see makeJsonSchema) with its `$ref`s into `$defs` followed, and the definition's name. */
export function resolveSchema(root: JsonSchema, schema: unknown): { schema: JsonSchema; defName?: string } {
  const chain = followRefs(root, schema);
  const resolved = chain.broken === undefined && isPlainObject(chain.value) ? chain.value : {};
  const last = chain.broken ?? chain.refs.at(-1);
  return last?.startsWith(DEFS_PREFIX)
    ? { schema: resolved, defName: last.slice(DEFS_PREFIX.length) }
    : { schema: resolved };
}

export interface RefChain {
  value: unknown;
  pointer: string;
  refs: string[];
  broken?: string;
}
