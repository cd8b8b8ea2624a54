import { getSegments } from './spec-error';

/** Resolves a local `#/…` reference against a document, or undefined. */
export function getByPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of getSegments(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isPlainObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
