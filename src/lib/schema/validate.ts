import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from './json-schema';
import { linearRegExp } from './patterns';

// Every `pattern` runs in linear time (RE2): the schemas come from descriptions and the values from users.
const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  validateFormats: false,
  logger: false,
  code: { regExp: linearRegExp },
});
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The errors of a value against a self-contained JSON Schema (see makeJsonSchema); none when it is valid. */
export function getSchemaErrors(schema: JsonSchema, value: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
