import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from './json-schema';
import { linearRegExp } from './patterns';

/**
 * Compiled validators kept by content, least recently used dropped first: the
 * lint makes a fresh schema object for every example (makeJsonSchema), and the
 * shared ones (a component response, a path parameter) would otherwise be
 * compiled again for every operation. Bounded, because a compiled validator
 * of a large inventory schema weighs hundreds of kilobytes.
 */
const MAX_COMPILED = 256;

// Every `pattern` runs in linear time (RE2): the schemas come from descriptions and the values from users.
const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  validateFormats: false,
  logger: false,
  code: { regExp: linearRegExp },
});
const byObject = new WeakMap<JsonSchema, ValidateFunction>();
const byContent = new Map<string, ValidateFunction>();

/** The errors of a value against a self-contained JSON Schema (see makeJsonSchema); none when it is valid. */
export function getSchemaErrors(schema: JsonSchema, value: unknown): ErrorObject[] {
  let validate = byObject.get(schema);
  if (!validate) {
    validate = getValidator(schema);
    byObject.set(schema, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

function getValidator(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = byContent.get(key);
  if (validate) {
    byContent.delete(key);
  } else {
    validate = ajv.compile(schema);
    // ajv keeps every schema it compiled, by object, for good; this module keeps what is worth keeping.
    ajv.removeSchema(schema);
    if (byContent.size >= MAX_COMPILED) byContent.delete(byContent.keys().next().value!);
  }
  byContent.set(key, validate);
  return validate;
}
