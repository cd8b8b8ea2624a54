import Ajv2020, { type CodeOptions, type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from './json-schema';
import { linearRegExp } from './patterns';
import { getValidationSchema } from './validation-schema';

/**
 * ajv's compiler, for Node only (the build, the lint, the simulator, the tests): it writes
 * validators with new Function(). The browser gets the same validators as standalone modules
 * written at build time (standalone.ts, compiled-validators.ts) and never loads this file
 * (package.json maps #schema-compiler to compile-browser.ts for the browser).
 */
const ajv = makeAjv();

/**
 * Compiled validators kept by content, least recently used dropped first: the
 * lint makes a fresh schema object for every example (makeJsonSchema), and the
 * shared ones (a component response, a path parameter) would otherwise be
 * compiled again for every operation. Bounded, because a compiled validator
 * of a large inventory schema weighs hundreds of kilobytes.
 */
const MAX_COMPILED = 256;
const byContent = new Map<string, ValidateFunction>();

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

/**
 * A validator for the schema: compiled once per distinct content among the recently used. What is
 * compiled is the schema without its annotations and with its `$defs` renamed (getValidationSchema,
 * as the standalone validators are): answers that differ only in wording or in the names of their
 * components share one validator, and a validator is not slowed by the descriptions it skips. The
 * errors are the same but for their `schemaPath`, which names the renamed `$defs`.
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const validation = getValidationSchema(schema);
  const key = JSON.stringify(validation);
  let validate = byContent.get(key);
  if (validate) {
    byContent.delete(key);
  } else {
    validate = ajv.compile(validation);
    // ajv keeps every schema it compiled, by object, for good; this module keeps what is worth keeping.
    ajv.removeSchema(validation);
    if (byContent.size >= MAX_COMPILED) byContent.delete(byContent.keys().next().value!);
  }
  byContent.set(key, validate);
  return validate;
}
