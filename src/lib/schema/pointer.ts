/*
 * JSON pointers (RFC 6901) by hand: the whole standard is the three functions
 * below, and the packages that offer it either come without types or throw on
 * a missing node, where we want undefined.
 */

/** A JSON pointer from its reference tokens: `['paths', '/a']` → `/paths/~1a`. */
export function getPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** The reference tokens of a JSON pointer: `/paths/~1rate~1100%` → `['paths', '/rate/100%']`. No URI decoding: see getFragmentPointer. */
export function getSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The JSON pointer in a local reference's URI fragment (`#/components/schemas/A%20B` →
 * `/components/schemas/A B`), or undefined when the reference is not local or its
 * percent-encoding is malformed.
 */
export function getFragmentPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
}

/** The value a JSON pointer names in a document, or undefined. */
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
