import type { ResponseModel } from '../openapi/response';
import { isPlainObject as isRecord } from '../schema/pointer';
import { getProperties, getTypes, pruneToSchema } from '../schema/properties';
import { resolveSchema } from '../schema/refs';
import { getSchemaErrors } from '../schema/validate';
import { sampleSchema } from './sample';
import type { EngineOperation } from './types';

/** The engine built an answer that the description says is impossible: a bug of the engine or of the description. */
export class ImpossibleAnswerError extends Error {
  constructor(what: string, reasons: string[]) {
    super(`${what} does not match its schema: ${reasons.join('; ')}`);
    this.name = 'ImpossibleAnswerError';
  }
}

export function getResponse(
  op: EngineOperation,
  phase: ResponseModel['phase'],
  status: number,
): ResponseModel | undefined {
  return op.responses.find((r) => r.phase === phase && r.status === String(status));
}

/** Where the result of a call is answered: polling the job for an asynchronous API, the call itself otherwise. */
export function getResultPhase(op: EngineOperation): ResponseModel['phase'] {
  return op.isAsync ? 'job' : 'submit';
}

/**
 * The top-level property of an answer that carries a resource inventory (a
 * named schema with a `uuid`), e.g. `inventory: VmInstanceInventory`.
 */
export function getResourceProperty(
  response: ResponseModel | undefined,
): { property: string; type: string } | undefined {
  const root = response?.schema;
  if (!root) return undefined;
  for (const [property, schema] of Object.entries(getProperties(root, root))) {
    const resolved = resolveSchema(root, schema);
    if (resolved.defName && 'uuid' in getProperties(root, resolved.schema)) return { property, type: resolved.defName };
  }
  return undefined;
}

/** The top-level property of an answer that lists resource inventories, e.g. `inventories: List<VmInstanceInventory>`. */
export function getResourceListProperty(
  response: ResponseModel | undefined,
): { property: string; type: string } | undefined {
  const root = response?.schema;
  if (!root) return undefined;
  for (const [property, schema] of Object.entries(getProperties(root, root))) {
    const list = resolveSchema(root, schema).schema;
    if (!getTypes(root, list).includes('array')) continue;
    const item = resolveSchema(root, list['items']);
    if (item.defName && 'uuid' in getProperties(root, item.schema)) return { property, type: item.defName };
  }
  return undefined;
}

/**
 * The body of an answer built from the description: the response's example
 * (or, without one, a value sampled from its schema), with `resource` in
 * place of the one the example shows.
 */
export function makeResultBody(
  label: string,
  response: ResponseModel | undefined,
  resource?: Record<string, unknown>,
): unknown {
  const body: unknown = structuredClone(response?.example ?? (response?.schema ? sampleSchema(response.schema) : {}));
  const binding = getResourceProperty(response);
  if (resource && binding && isRecord(body)) body[binding.property] = resource;
  return checkAnswer(label, response, body);
}

/**
 * The body reduced to what the response's schema declares, then validated
 * against it; an answer the reference calls impossible is an error.
 */
export function checkAnswer(label: string, response: ResponseModel | undefined, body: unknown): unknown {
  if (!response?.schema) return body;
  const pruned = pruneToSchema(response.schema, response.schema, body);
  const errors = getSchemaErrors(response.schema, pruned);
  if (errors.length > 0) {
    throw new ImpossibleAnswerError(
      `${label} ${response.status}`,
      errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`),
    );
  }
  return pruned;
}
