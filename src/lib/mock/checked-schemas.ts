import type { OperationModel } from '../openapi/operation';
import type { JsonSchema } from '../schema/json-schema';

/**
 * Every schema the mock engine validates against when it answers these operations (their
 * bodies, in checkBody, and their answers, in checkAnswer), the body editor's diagnostics
 * included: what the browser must have compiled before the panel runs.
 */
export function getCheckedSchemas(operations: Iterable<OperationModel>): JsonSchema[] {
  const schemas: JsonSchema[] = [];
  for (const op of operations) {
    if (op.body) schemas.push(op.body.schema);
    for (const response of op.responses) if (response.schema) schemas.push(response.schema);
  }
  return schemas;
}
