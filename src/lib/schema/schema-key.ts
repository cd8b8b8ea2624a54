import stableStringify from 'fast-json-stable-stringify';
import type { JsonSchema } from './json-schema';

/** Where the build writes each compiled validator, relative to the site's base: `validators/<key>.js`. */
export const VALIDATORS_FOLDER = 'validators';

const keys = new WeakMap<JsonSchema, Promise<string>>();

/**
 * A schema's content address: the first 16 hex digits of the SHA-256 of its JSON with sorted
 * keys, so that identical schemas (of any operation, in any order of keys) share one validator
 * file. Web Crypto, so that the build and the browser compute the same key the same way.
 */
export function getSchemaKey(schema: JsonSchema): Promise<string> {
  let key = keys.get(schema);
  if (!key) {
    key = digest(stableStringify(schema));
    keys.set(schema, key);
  }
  return key;
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
