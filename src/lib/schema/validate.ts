import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from './json-schema';
// ajv's compiler in Node; in the browser a stand-in that refuses (see compile-browser.ts).
import { compileSchema } from '#schema-compiler';

const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The errors of a value against a self-contained JSON Schema (see makeJsonSchema); none when it is valid. */
export function getSchemaErrors(schema: JsonSchema, value: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compileSchema(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Makes getSchemaErrors use a validator compiled ahead of time (a standalone module) for this schema. */
export function useCompiledValidator(schema: JsonSchema, validate: ValidateFunction): void {
  compiled.set(schema, validate);
}

/** Whether getSchemaErrors has a validator for this schema without compiling one. */
export function hasValidator(schema: JsonSchema): boolean {
  return compiled.has(schema);
}
