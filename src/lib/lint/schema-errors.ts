import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from '../openapi/json-schema';
import { linearRegExp } from './patterns';

// The mock's validator (src/lib/mock/schemas.ts) runs in the browser too; this one checks the description's own examples at build time.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false, logger: false, code: { regExp: linearRegExp } });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The errors of an example against a self-contained JSON Schema, with every `pattern` matched in linear time. */
export function getSchemaErrors(schema: JsonSchema, value: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
