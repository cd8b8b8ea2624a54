import Ajv2020, { type CodeOptions, type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from './json-schema';
import { linearRegExp } from './patterns';

/**
 * ajv's compiler, for Node only (the build, the lint, the simulator, the tests): it writes
 * validators with new Function(). The browser gets the same validators as standalone modules
 * written at build time (standalone.ts, compiled-validators.ts) and never loads this file
 * (package.json maps #schema-compiler to compile-browser.ts for the browser).
 */
const ajv = makeAjv();

/** The one configuration of ajv: the runtime compiler and the standalone code share it. */
export function makeAjv(code: CodeOptions = {}): Ajv2020 {
  // Every `pattern` runs in linear time (RE2): the schemas come from descriptions and the values from users.
  return new Ajv2020({
    allErrors: true,
    strict: false,
    validateFormats: false,
    logger: false,
    code: { ...code, regExp: linearRegExp },
  });
}

export function compileSchema(schema: JsonSchema): ValidateFunction {
  return ajv.compile(schema);
}
