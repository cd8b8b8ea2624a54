import type { ValidateFunction } from 'ajv/dist/2020';
import equal from 'ajv/dist/runtime/equal';
import ucs2length from 'ajv/dist/runtime/ucs2length';
import uri from 'ajv/dist/runtime/uri';
import type { JsonSchema } from './json-schema';
import { linearRegExp } from './patterns';
import { getValidatorKey, VALIDATORS_FOLDER } from './schema-key';
import type { RUNTIME_HELPERS } from './standalone';
import { hasValidator, useCompiledValidator } from './validate';

/**
 * ajv's runtime helpers are CommonJS modules that set `exports.default` (marked `__esModule`). Node's
 * loader and Vitest give that function as the default import, but the site's bundler gives the whole
 * `exports` object, and a validator calling `runtime.ucs2length` (any maxLength or minLength) threw
 * "is not a function" in the browser. Written by hand: this is the one interop case we have.
 */
function getDefault(module: unknown): unknown {
  return module !== null && typeof module === 'object' && '__esModule' in module && 'default' in module
    ? module.default
    : module;
}

/** What a module written by getStandaloneValidator needs from the page. */
const runtime: Record<(typeof RUNTIME_HELPERS)[number] | 'linearRegExp', unknown> = {
  linearRegExp,
  equal: getDefault(equal),
  ucs2length: getDefault(ucs2length),
  uri: getDefault(uri),
};

/** A module written by getStandaloneValidator, as `import()` gives it. */
export interface ValidatorModule {
  default: (helpers: typeof runtime) => ValidateFunction;
}

/**
 * Loads the build's compiled validators of these schemas (`<base>validators/<key>.js`, each
 * fetched once per page, and from the browser's HTTP cache on the next page) and makes
 * getSchemaErrors use them: after this, validating against them needs no eval.
 * `root` is the site's base URL with its trailing slash. `load` imports a module by URL (a parameter so that Node's tests can load from files).
 */
export async function ensureCompiledValidators(
  schemas: Iterable<JsonSchema>,
  root: string,
  load: (url: string) => Promise<ValidatorModule> = (url) => import(/* @vite-ignore */ url) as Promise<ValidatorModule>,
): Promise<void> {
  const folder = `${root}${VALIDATORS_FOLDER}/`;
  const pending = new Map<string, Promise<ValidateFunction>>();
  await Promise.all(
    [...new Set(schemas)]
      .filter((schema) => !hasValidator(schema))
      .map(async (schema) => {
        const key = await getValidatorKey(schema);
        let validate = pending.get(key);
        if (!validate) {
          validate = load(`${folder}${key}.js`).then((module) => module.default(runtime));
          pending.set(key, validate);
        }
        useCompiledValidator(schema, await validate);
      }),
  );
}
