import { getItemType, isListField, type FieldNode } from '../openapi/schema';
import { restErrors } from './rest-errors';
import { makeRecord } from '../schema/records';
import type { EngineAnswer, EngineOperation } from './types';

/** A value outside a parameter's enum: ZStack's API layer (not its REST layer) refuses it, with SYS.1007. */
export interface InvalidValue {
  field: string;
  allowed: string[];
  value: string;
}

export interface CheckedQuery {
  /** The declared query parameters, typed, with the description's defaults. */
  values: Record<string, unknown>;
  invalid?: InvalidValue;
}

/**
 * The query string of a GET or DELETE as ZStack's REST layer reads it into
 * the API's fields (RestServer.handleApi): unknown names are ignored, a
 * single-valued parameter given twice is a 400, then booleans and integers
 * are checked as TypeVerifier checks them. Values come from the description's
 * parameters: their type, enum and default.
 */
export function checkQueryParameters(
  op: EngineOperation,
  query: URLSearchParams,
): [EngineAnswer, null] | [null, CheckedQuery] {
  const result: CheckedQuery = { values: makeRecord() };
  for (const param of op.parameters.query) {
    const given = query.getAll(param.name);
    if (!isListField(param) && given.length > 1) return [restErrors.multipleValues(param.name), null];
  }
  for (const param of op.parameters.query) {
    const given = query.getAll(param.name);
    if (given.length === 0) {
      if (param.defaultValue !== undefined) result.values[param.name] = JSON.parse(param.defaultValue);
      continue;
    }
    const typed: unknown[] = [];
    for (const text of given) {
      const [fault, value] = coerce(param, text);
      if (fault) return [fault, null];
      typed.push(value);
      if (param.enumValues && !param.enumValues.includes(text) && !result.invalid) {
        result.invalid = { field: param.name, allowed: param.enumValues, value: text };
      }
    }
    result.values[param.name] = isListField(param) ? typed : typed[0];
  }
  return [null, result];
}

/** ZStack's TypeVerifier: a boolean is `true` or `false` in any case; an integer is a whole number. */
export function verifyType(
  type: 'boolean' | 'integer',
  name: string,
  text: string,
): [EngineAnswer, null] | [null, boolean | number] {
  if (type === 'boolean') {
    if (!/^(true|false)$/i.test(text)) return [restErrors.booleanField(name, text), null];
    return [null, text.toLowerCase() === 'true'];
  }
  // Java's Double.parseDouble, then "is it whole"
  const number = Number(text);
  if (text.trim() === '' || !Number.isInteger(number)) return [restErrors.integerField(name, text), null];
  return [null, number];
}

function coerce(param: FieldNode, text: string): [EngineAnswer, null] | [null, unknown] {
  const type = getItemType(param);
  if (type === 'Boolean' || type === 'boolean') return verifyType('boolean', param.name, text);
  if (['Integer', 'Long', 'int', 'long', 'Short', 'short'].includes(type))
    return verifyType('integer', param.name, text);
  return [null, text];
}
