import type { ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from './json-schema';

/**
 * The browser's stand-in for compile.ts: a page may not run eval (the CSP has no
 * 'unsafe-eval'), so every schema it validates was compiled at build time and loaded
 * first (ensureCompiledValidators). Reaching this is a bug, named as one.
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const title = typeof schema['title'] === 'string' ? ` (${schema['title']})` : '';
  throw new Error(`No compiled validator was loaded for this schema${title}: call ensureCompiledValidators first.`);
}
