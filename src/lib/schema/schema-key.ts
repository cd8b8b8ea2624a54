import type { JsonSchema } from './json-schema';
import { getValidationSchema } from './validation-schema';

/** Where the build writes each compiled validator, relative to the site's base: `validators/<key>.js`. */
export const VALIDATORS_FOLDER = 'validators';

const keys = new WeakMap<JsonSchema, Promise<string>>();

/**
 * The content address of a schema's compiled validator: the first 16 hex digits of the
 * SHA-256 of the JSON of what the validator depends on (getValidationSchema), so that schemas
 * that validate alike share one validator file. The order of keys counts (it is the order of
 * ajv's errors); the panel's data keeps it, being JSON. Web Crypto, so that the build and the
 * browser compute the same key the same way.
 */
export function getValidatorKey(schema: JsonSchema): Promise<string> {
  let key = keys.get(schema);
  if (!key) {
    key = digest(JSON.stringify(getValidationSchema(schema)));
    keys.set(schema, key);
  }
  return key;
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
