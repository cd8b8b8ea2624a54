import type { OpenAPIV3_1 } from 'openapi-types';
import { isPlainObject, getPointer } from '../schema/pointer';
import { makeFieldNode, resolveSchema, type FieldNode, type SchemaContext } from './schema';

import { makeJsonSchema, type JsonSchema } from '../schema/json-schema';

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No Content',
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'Not Found',
  '405': 'Method Not Allowed',
  '500': 'Internal Server Error',
  '503': 'Service Unavailable',
};

export interface ResponseModel {
  status: string;
  statusText: string;
  /** `submit`: the answer to the call itself; `job`: the answer to polling its api-jobs location. */
  phase: 'submit' | 'job';
  description: string;
  contentType?: string;
  fields: FieldNode[];
  /** Self-contained JSON Schema of the body, for validating answers. */
  schema?: JsonSchema;
  example?: unknown;
}

/**
 * The answers of an operation: its own responses, then, for an asynchronous
 * one, the results of polling (`x-zstack-job-responses`). Field ids share the
 * `response.` section; a name already taken by an earlier status is qualified
 * by its status code.
 */
export function makeResponses(ctx: SchemaContext, operation: OpenAPIV3_1.OperationObject & Record<string, unknown>, pointer: string): ResponseModel[] {
  const taken = new Set<string>();
  const groups: Array<['submit' | 'job', unknown, string]> = [
    ['submit', operation.responses, `${pointer}/responses`],
    ['job', operation['x-zstack-job-responses'], `${pointer}/x-zstack-job-responses`],
  ];
  const result: ResponseModel[] = [];
  for (const [phase, responses, groupPointer] of groups) {
    if (!isPlainObject(responses)) continue;
    for (const [status, raw] of Object.entries(responses)) {
      const resolved = resolveSchema(ctx, raw, `${groupPointer}/${status}`);
      const response = resolved.schema as unknown as OpenAPIV3_1.ResponseObject;
      const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
      const model: ResponseModel = {
        status,
        statusText: STATUS_TEXT[status] ?? '',
        phase,
        description: response.description ?? '',
        fields: [],
      };
      if (contentType) model.contentType = contentType;
      if (media?.schema) {
        const schemaPointer = `${resolved.pointer}/content/${getPointer([contentType!]).slice(1)}/schema`;
        const body = resolveSchema(ctx, media.schema, schemaPointer);
        const names = Object.keys(isPlainObject(body.schema['properties']) ? body.schema['properties'] : {});
        const prefix = names.some((n) => taken.has(n)) ? `response.${status}` : 'response';
        names.forEach((n) => taken.add(n));
        model.schema = makeJsonSchema(ctx.doc, media.schema);
        model.fields = makeFieldNode(ctx, { name: 'response', schema: media.schema, pointer: schemaPointer, required: true, id: prefix, ancestors: [] }).children;
      }
      const example = media?.example ?? getFirstExample(ctx, media?.examples);
      if (example !== undefined) model.example = example;
      result.push(model);
    }
  }
  return result;
}

function getFirstExample(ctx: SchemaContext, examples: unknown): unknown {
  if (!isPlainObject(examples)) return undefined;
  const first = Object.values(examples)[0];
  if (first === undefined) return undefined;
  return (resolveSchema(ctx, first, '').schema as { value?: unknown }).value;
}
