import type { OpenAPIV3_1 } from 'openapi-types';
import { getPointer } from '../schema/pointer';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of a document, in document order, with its JSON pointer. */
export function getOperationEntries(doc: OpenAPIV3_1.Document) {
  const entries: Array<{ path: string; method: (typeof HTTP_METHODS)[number]; pointer: string }> = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      if (item[method]) entries.push({ path, method, pointer: getPointer(['paths', path, method]) });
    }
  }
  return entries;
}
