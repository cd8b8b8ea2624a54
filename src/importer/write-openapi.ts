import { getOptionalSummary } from './titles';
import type { ImportedApi, ImportedParam } from './api-model';
import {
  RESPONSES,
  SECURITY_SCHEMES,
  SERVERS,
  SHARED_SCHEMAS,
  TAG_PROPERTIES,
  TAG_QUERY_PARAMETERS,
} from './openapi-parts';
import { getQueryParameters } from './query-parameters';
import type { Schema, SchemaRegistry } from './schemas';

const REF_PREFIX = '#/components/schemas/';

/**
 * The generated OpenAPI documents: one per category, split further wherever a method and
 * path would repeat (PUT /vm-instances/{uuid}/actions serves 19 actions), since one OpenAPI
 * document can hold each method+path once. This is the layout the hand-written documents
 * already use (one document per action on a shared path): every API keeps its own real URL,
 * operationId, page, samples and panel, and each document stays valid OpenAPI on its own,
 * which neither a `oneOf` over the action bodies (one operation, one page for 19 APIs) nor a
 * made-up path per action (a URL ZStack does not serve) would give. Each document carries
 * the component schemas it reaches, so its `$ref`s are all local.
 */
export function makeDocuments(apis: ImportedApi[], registry: SchemaRegistry, version: string): GeneratedDocument[] {
  registry.getErrorCodeRef(); // every document's ErrorResponse reaches it
  const groups = new Map<string, Array<{ api: ImportedApi; operation: ImportedApi['operations'][number] }>[]>();
  for (const api of apis) {
    for (const operation of api.operations) {
      const docs = groups.get(api.slug) ?? [];
      groups.set(api.slug, docs);
      const key = `${api.rest.method} ${operation.path}`;
      let target = docs.find((d) => !d.some((e) => `${e.api.rest.method} ${e.operation.path}` === key));
      if (!target) {
        target = [];
        docs.push(target);
      }
      target.push({ api, operation });
    }
  }
  const documents: GeneratedDocument[] = [];
  for (const [slug, docs] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    docs.forEach((entries, i) => {
      const fileName = i === 0 ? `${slug}.yaml` : `${slug}-${i + 1}.yaml`;
      documents.push({ fileName, doc: makeDocument(entries, registry, version) });
    });
  }
  return documents;
}

/** One OpenAPI operation object of an imported API's path. */
export function makeOperation(
  api: ImportedApi,
  operation: ImportedApi['operations'][number],
  registry: SchemaRegistry,
): Schema {
  const { rest } = api;
  const op: Schema = {
    operationId: operation.operationId,
    summary: operation.isPrimary ? api.summary : getOptionalSummary(api.summary, operation.path, operation.operationId),
    description: api.description,
    tags: [api.category.at(-1)!],
  };
  if (api.suppressSession) op['security'] = [];
  if (api.since) op['x-zstack-since'] = api.since;
  op['x-zstack-async'] = api.isAsync;
  op['x-zstack-category'] = api.category;
  op['x-zstack-sdk-action'] =
    `${operation.operationId === api.name || !operation.sdkName ? api.name : operation.operationId}Action`;
  if (api.isQuery && api.queryInventory) op['x-zstack-query'] = api.queryInventory;
  const pathParams = operation.params.filter((p) => p.location === 'path');
  const parameters = pathParams.map(makeParameter);
  if (api.isQuery) {
    if (operation.isPrimary) parameters.push(...getQueryParameters());
  } else if (rest.method === 'GET' || rest.method === 'DELETE') {
    parameters.push(
      ...operation.params.filter((p) => p.location === 'query').map(makeParameter),
      ...structuredClone(TAG_QUERY_PARAMETERS),
    );
  }
  if (api.isDelete) {
    const mode = operation.params.find((p) => p.name === 'deleteMode');
    const remove: Schema = {};
    if (mode) remove['modeParameter'] = 'deleteMode';
    if (pathParams.some((p) => p.successIfMissing)) remove['successIfMissing'] = true;
    op['x-zstack-delete'] = remove;
  }
  if (api.findings.length > 0 && operation.isPrimary) op['x-zstack-source-findings'] = api.findings;
  if (parameters.length > 0) op['parameters'] = parameters;
  if (rest.method === 'PUT' || rest.method === 'POST') {
    const body = operation.params.filter((p) => p.location === 'body');
    const key = rest.isAction ? api.name[0]!.toLowerCase() + api.name.slice(1) : rest.parameterName;
    const schema = registry.define(`request:${operation.operationId}`, `${operation.operationId}Request`, () =>
      makeRequestSchema(api, key, body),
    );
    const example = getBodyExample(body, key);
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
    };
  }
  const result = {
    description: `${api.summary}成功时返回的结构。`,
    content: { 'application/json': { schema: api.response.schema } },
  };
  if (api.isAsync) {
    op['responses'] = {
      '202': { $ref: '#/components/responses/JobAccepted' },
      '400': { $ref: '#/components/responses/BadRequest' },
    };
    op['x-zstack-job-responses'] = { '200': result, '503': { $ref: '#/components/responses/JobFailed' } };
  } else {
    op['responses'] = {
      '200': result,
      '400': { $ref: '#/components/responses/BadRequest' },
      '503': { $ref: '#/components/responses/ApiFailed' },
    };
  }
  return op;
}

function makeDocument(
  entries: Array<{ api: ImportedApi; operation: ImportedApi['operations'][number] }>,
  registry: SchemaRegistry,
  version: string,
): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  const tags = new Map<string, string>();
  for (const { api, operation } of entries) {
    const item = (paths[operation.path] ??= {});
    item[api.rest.method.toLowerCase()] = makeOperation(api, operation, registry);
    tags.set(api.category.at(-1)!, api.category.join(' / '));
  }
  const usedResponses = new Set<string>();
  collectRefs(paths, '#/components/responses/', usedResponses);
  const responses = Object.fromEntries(
    [...usedResponses].sort().map((name) => [name, structuredClone(RESPONSES[name]!)]),
  );
  const roots = new Set<string>();
  collectRefs(paths, REF_PREFIX, roots);
  collectRefs(responses, REF_PREFIX, roots);
  const schemas = getSchemaClosure(roots, registry);
  const first = entries[0]!.api;
  return {
    openapi: '3.1.0',
    'x-zstack-generated': true,
    info: {
      title: `ZStack Cloud REST API — ${first.category.at(-1)}`,
      version,
      description: `由 ZStack 源码生成（npm run import:zstack）：${first.category.join(' / ')}。路径前缀 /zstack/v1。`,
    },
    servers: structuredClone(SERVERS),
    security: [{ ZStackSession: [] }],
    tags: [...tags].map(([name, description]) => ({ name, description })),
    paths,
    components: { securitySchemes: structuredClone(SECURITY_SCHEMES), responses, schemas },
  };
}

function makeParameter(param: ImportedParam): Schema {
  const parameter: Schema = { name: param.name, in: param.location, required: param.required };
  if (param.description) parameter['description'] = param.description;
  if (param.since) parameter['x-zstack-since'] = param.since;
  if (param.schema['type'] === 'array' && param.location === 'query') {
    parameter['style'] = 'form';
    parameter['explode'] = true;
  }
  parameter['schema'] = param.schema;
  if (param.example !== undefined) parameter['example'] = param.example;
  return parameter;
}

/**
 * The request body of the API's `__example__()` (ZStack's own pages show it): its constant values under the body's key,
 * when it gives every required field one; else none, and the page samples the body from its schema.
 */
function getBodyExample(body: ImportedParam[], key: string): Schema | undefined {
  const given = body.filter((param) => param.example !== undefined);
  if (given.length === 0 || body.some((param) => param.required && param.example === undefined)) return undefined;
  return { [key]: Object.fromEntries(given.map((param) => [param.name, param.example])) };
}

function makeRequestSchema(api: ImportedApi, key: string, body: ImportedParam[]): Schema {
  const inner: Schema = {
    type: 'object',
    description: `${key} 请求体结构`,
    additionalProperties: false,
    properties: {},
  };
  const required: string[] = [];
  for (const param of body) {
    const property: Schema = { ...param.schema };
    if (param.description) property['description'] = param.description;
    if (param.since) property['x-zstack-since'] = param.since;
    (inner['properties'] as Record<string, Schema>)[param.name] = property;
    if (param.required) required.push(param.name);
  }
  if (required.length > 0) inner['required'] = required;
  const outerRequired = api.rest.isAction || required.length > 0;
  // A non-action API whose every field is in the path (parameterName "null" in ZStack) has no parameter object.
  if (!api.rest.isAction && body.length === 0) {
    return {
      type: 'object',
      description: `${api.summary}的请求体。`,
      additionalProperties: false,
      properties: structuredClone(TAG_PROPERTIES),
    };
  }
  return {
    type: 'object',
    description: `${api.summary}的请求体。`,
    ...(outerRequired ? { required: [key] } : {}),
    additionalProperties: false,
    properties: { [key]: inner, ...structuredClone(TAG_PROPERTIES) },
  };
}

function getSchemaClosure(roots: Set<string>, registry: SchemaRegistry): Record<string, Schema> {
  const result: Record<string, Schema> = {};
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (name in result) continue;
    const schema = SHARED_SCHEMAS[name] ?? registry.schemas.get(name);
    if (!schema) continue;
    result[name] = schema;
    const refs = new Set<string>();
    collectRefs(schema, REF_PREFIX, refs);
    pending.push(...refs);
  }
  return Object.fromEntries(
    Object.keys(result)
      .sort()
      .map((name) => [name, result[name]!]),
  );
}

function collectRefs(node: unknown, prefix: string, into: Set<string>) {
  if (Array.isArray(node)) node.forEach((child) => collectRefs(child, prefix, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) into.add(value.slice(prefix.length));
      else collectRefs(value, prefix, into);
    }
  }
}

export interface GeneratedDocument {
  fileName: string;
  doc: Schema;
}
