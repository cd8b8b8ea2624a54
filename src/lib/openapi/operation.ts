import type { OpenAPIV3_1 } from 'openapi-types';
import { strings } from '../i18n';
import type { ParsedSpec } from './parse';
import { getOperationEntries } from './operation-entries';
import { isPlainObject, getPointer } from '../schema/pointer';
import { makeFieldNode, resolveSchema, type FieldNode, type SchemaContext } from './schema';
import { SpecError } from './spec-error';
import { makeResponses, type ResponseModel } from './response';
import { makeJsonSchema, type JsonSchema } from '../schema/json-schema';
import { getExamplePathValue, isSampleable, sampleRequestExample } from '../schema/sample';
import { joinPath } from '../base-url';
import { makeFieldBudget, type FieldBudget } from './expansion';
import { resolveServerUrl } from './server-url';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'TRACE';

/** What the pages, the samples and the panel need to know about one operation. */
export interface OperationModel {
  operationId: string;
  file: string;
  pointer: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  since?: string;
  isAsync: boolean;
  category: string[];
  sdkAction?: string;
  requiresAuth: boolean;
  authHeader?: { name: string; prefix: string };
  server: { url: string; variables: Record<string, string> };
  parameters: { path: FieldNode[]; query: FieldNode[]; header: FieldNode[] };
  body?: { contentType: string; required: boolean; fields: FieldNode[]; actionKey?: string; schema: JsonSchema };
  responses: ResponseModel[];
  corrections: Array<{ field?: string; original: string; corrected: string; reason: string }>;
  /** The operation's own `x-*` vendor extensions (except the job responses, already in `responses`). */
  extensions: Record<string, unknown>;
  example: { path: Record<string, string>; query: Record<string, unknown>; body?: unknown };
}

export function makeOperations(spec: ParsedSpec, budget: FieldBudget = makeFieldBudget(), options: { portalOrigin?: string } = {}): OperationModel[] {
  const { doc, file } = spec;
  return getOperationEntries(doc).map(({ path, method, pointer }) => {
    const item = doc.paths![path]!;
    const operation = item[method] as OpenAPIV3_1.OperationObject & Record<string, unknown>;
    if (!operation.operationId) throw new SpecError(file, pointer, strings.spec.specMissingOperationId);
    const since = typeof operation['x-zstack-since'] === 'string' ? operation['x-zstack-since'] : undefined;
    budget.startOperation();
    const ctx: SchemaContext = since ? { doc, file, operationSince: since, budget } : { doc, file, budget };
    const model: OperationModel = {
      operationId: operation.operationId,
      file,
      pointer,
      method: method.toUpperCase() as HttpMethod,
      path,
      summary: operation.summary ?? operation.operationId,
      description: operation.description ?? '',
      tags: operation.tags ?? [],
      isAsync: operation['x-zstack-async'] === true,
      category: getStrings(operation['x-zstack-category']),
      requiresAuth: getSecurityRequirement(doc, operation) !== undefined,
      server: getServer(spec, item, operation, pointer, options.portalOrigin),
      parameters: makeParameters(ctx, getParameterEntries(ctx, item, operation, pointer)),
      responses: makeResponses(ctx, operation, pointer),
      corrections: getCorrections(operation['x-zstack-doc-corrections']),
      extensions: Object.fromEntries(Object.entries(operation).filter(([key]) => key.startsWith('x-') && key !== 'x-zstack-job-responses')),
      example: { path: {}, query: {} },
    };
    if (since) model.since = since;
    if (typeof operation['x-zstack-sdk-action'] === 'string') model.sdkAction = operation['x-zstack-sdk-action'];
    const auth = getSecurityRequirement(doc, operation);
    if (auth) model.authHeader = auth;
    const body = makeBody(ctx, operation, pointer);
    if (body) model.body = body;
    model.example = makeExample(ctx, operation, [...(item.parameters ?? []), ...(operation.parameters ?? [])], body);
    return model;
  });
}

/**
 * A ZStack action body's fields in the page's two groups: the action object,
 * and its top-level siblings (systemTags, userTags). Without an action key,
 * every field is in the first group.
 */
export function splitBodyFields(body: NonNullable<OperationModel['body']>): { action: FieldNode[]; siblings: FieldNode[] } {
  if (!body.actionKey) return { action: body.fields, siblings: [] };
  return { action: body.fields.filter((f) => f.name === body.actionKey), siblings: body.fields.filter((f) => f.name !== body.actionKey) };
}

/** The URL of the operation with the server variables and path parameters filled in. */
export function getOperationUrl(op: Pick<OperationModel, 'server' | 'path'>, pathValues: Record<string, string>, base?: string): string {
  const origin = base ?? op.server.url.replace(/\{([^}]+)\}/g, (_, name: string) => op.server.variables[name] ?? name);
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? `{${name}}`));
  return joinPath(origin, path);
}

/**
 * The parameters that apply to an operation, each with its own JSON pointer:
 * those of the path item, unless the operation redefines them (same name and
 * location), then the operation's.
 */
function getParameterEntries(ctx: SchemaContext, item: OpenAPIV3_1.PathItemObject, operation: OpenAPIV3_1.OperationObject, pointer: string) {
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const own = (operation.parameters ?? []).map((entry, i) => ({ entry: entry as unknown, pointer: `${pointer}/parameters/${i}` }));
  const key = (entry: unknown, at: string) => {
    const p = resolveSchema(ctx, entry, at).schema;
    return `${String(p['in'])}:${String(p['name'])}`;
  };
  const ownKeys = new Set(own.map((o) => key(o.entry, o.pointer)));
  const inherited = (item.parameters ?? [])
    .map((entry, i) => ({ entry: entry as unknown, pointer: `${itemPointer}/parameters/${i}` }))
    .filter((p) => !ownKeys.has(key(p.entry, p.pointer)));
  return [...inherited, ...own];
}

function makeParameters(ctx: SchemaContext, entries: Array<{ entry: unknown; pointer: string }>) {
  const result: OperationModel['parameters'] = { path: [], query: [], header: [] };
  entries.forEach(({ entry, pointer: at }) => {
    const resolved = resolveSchema(ctx, entry, at);
    const parameter = resolved.schema as unknown as OpenAPIV3_1.ParameterObject & Record<string, unknown>;
    if (parameter.in !== 'path' && parameter.in !== 'query' && parameter.in !== 'header') return;
    const schema = { ...(isPlainObject(parameter.schema) ? parameter.schema : {}) } as Record<string, unknown>;
    if (parameter.description) schema['description'] = parameter.description;
    for (const key of ['x-zstack-since', 'x-zstack-doc-correction', 'deprecated'] as const) {
      if (parameter[key] !== undefined) schema[key] = parameter[key];
    }
    const node = makeFieldNode(ctx, {
      name: parameter.name,
      schema,
      pointer: `${resolved.pointer}/schema`,
      required: parameter.required === true,
      id: `${parameter.in}.${parameter.name}`,
      ancestors: [],
    });
    result[parameter.in].push(node);
  });
  return result;
}

/** The tags every ZStack API takes beside its action's wrapper. */
const TAG_FIELDS = new Set(['systemTags', 'userTags']);

function makeBody(ctx: SchemaContext, operation: OpenAPIV3_1.OperationObject, pointer: string): OperationModel['body'] | undefined {
  if (!operation.requestBody) return undefined;
  const resolved = resolveSchema(ctx, operation.requestBody, `${pointer}/requestBody`);
  const requestBody = resolved.schema as unknown as OpenAPIV3_1.RequestBodyObject;
  const [contentType, media] = Object.entries(requestBody.content ?? {})[0] ?? [];
  if (!contentType || !media) return undefined;
  const schemaPointer = `${resolved.pointer}/content/${getPointer([contentType]).slice(1)}/schema`;
  const root = makeFieldNode(ctx, { name: 'body', schema: media.schema, pointer: schemaPointer, required: true, id: 'body', ancestors: [] });
  const body: NonNullable<OperationModel['body']> = {
    contentType,
    required: requestBody.required === true,
    fields: root.children,
    schema: makeJsonSchema(ctx.doc, media.schema ?? {}),
  };
  // ZStack's action body: {"<actionName>": {...}, "systemTags": [...], "userTags": [...]}; the action may have no fields.
  // RestServer takes a missing wrapper for an empty one, so where all its fields are optional the importer leaves it
  // optional (AttachL3NetworkToVm's `params`): the one object beside the tags is the wrapper then.
  const isWrapper = (f: FieldNode) => f.children.length > 0 || f.type === 'Object';
  const others = root.children.filter((f) => !TAG_FIELDS.has(f.name));
  const actionKey =
    root.children.find((f) => f.required && isWrapper(f))?.name ??
    (others.length === 1 && isWrapper(others[0]!) ? others[0]!.name : undefined);
  if (actionKey) body.actionKey = actionKey;
  return body;
}

/**
 * The values the samples and the panel start from: the description's examples (or defaults); where it has
 * none, as for most APIs imported from ZStack's source, a path parameter gets a placeholder and the body a
 * value sampled from its schema, so that every sample is a whole request.
 */
function makeExample(
  ctx: SchemaContext,
  operation: OpenAPIV3_1.OperationObject,
  parameters: unknown[],
  body: OperationModel['body'],
): OperationModel['example'] {
  const example: OperationModel['example'] = { path: {}, query: {} };
  parameters.forEach((entry) => {
    const parameter = resolveSchema(ctx, entry, '').schema as unknown as OpenAPIV3_1.ParameterObject;
    const schema = isPlainObject(parameter.schema) ? parameter.schema : {};
    const value = parameter.example ?? schema['example'] ?? (Array.isArray(schema['examples']) ? schema['examples'][0] : undefined) ?? schema['default'];
    if (value === undefined && parameter.in === 'path') example.path[parameter.name] = getExamplePathValue(parameter.name);
    if (value === undefined) return;
    if (parameter.in === 'path') example.path[parameter.name] = String(value);
    if (parameter.in === 'query') example.query[parameter.name] = value;
  });
  if (operation.requestBody) {
    const requestBody = resolveSchema(ctx, operation.requestBody, '').schema as unknown as OpenAPIV3_1.RequestBodyObject;
    const media = Object.values(requestBody.content ?? {})[0];
    if (media?.example !== undefined) example.body = media.example;
    else if (media?.examples) {
      const first = Object.values(media.examples)[0];
      const value = first ? (resolveSchema(ctx, first, '').schema as { value?: unknown }).value : undefined;
      if (value !== undefined) example.body = value;
    }
  }
  if (example.body === undefined && body && isSampleable(body.schema)) example.body = sampleRequestExample(body.schema);
  return example;
}

function getSecurityRequirement(doc: OpenAPIV3_1.Document, operation: OpenAPIV3_1.OperationObject) {
  const requirements = operation.security ?? doc.security ?? [];
  for (const requirement of requirements) {
    for (const name of Object.keys(requirement)) {
      const scheme = doc.components?.securitySchemes?.[name] as (OpenAPIV3_1.ApiKeySecurityScheme & Record<string, unknown>) | undefined;
      if (scheme?.type === 'apiKey' && scheme.in === 'header') {
        return { name: scheme.name, prefix: typeof scheme['x-zstack-auth-prefix'] === 'string' ? scheme['x-zstack-auth-prefix'] : 'OAuth ' };
      }
    }
  }
  return undefined;
}

function getServer(
  { doc, file }: ParsedSpec,
  item: OpenAPIV3_1.PathItemObject,
  operation: OpenAPIV3_1.OperationObject,
  pointer: string,
  portalOrigin: string | undefined,
) {
  const [server, at] = operation.servers?.[0]
    ? [operation.servers[0], `${pointer}/servers/0`]
    : item.servers?.[0]
      ? [item.servers[0], `${pointer.slice(0, pointer.lastIndexOf('/'))}/servers/0`]
      : [doc.servers?.[0], '/servers/0'];
  const variables: Record<string, string> = {};
  for (const [name, variable] of Object.entries(server?.variables ?? {})) variables[name] = String(variable.default);
  if (!server) return { url: 'http://localhost:8080', variables };
  const url = resolveServerUrl(server.url, variables, portalOrigin);
  if (url === null) throw new SpecError(file, `${at}/url`, strings.spec.specServerUrlInvalid(server.url));
  return { url, variables };
}

function getStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function getCorrections(value: unknown): OperationModel['corrections'] {
  if (!Array.isArray(value)) return [];
  return value.filter(isPlainObject).map((c) => {
    const correction = { original: String(c['original'] ?? ''), corrected: String(c['corrected'] ?? ''), reason: String(c['reason'] ?? '') };
    return typeof c['field'] === 'string' ? { ...correction, field: c['field'] } : correction;
  });
}
