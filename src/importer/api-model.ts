import { readApiParam, readRestRequest, type RestRequest } from './annotations';
import { getCategoryPath, getCategorySlug } from './categories';
import type { DocColumn, DocTemplate } from './doc-templates';
import { findingRules, isEmptyDesc, type SourceFinding } from './findings';
import { getAnnotation, type ClassRef, type OwnedField } from './java-classes';
import { formatJavaType } from './java-reader';
import { getDefault, getPrimitiveDefault } from './java-values';
import { getExampleValue } from './java-examples';
import type { JavaSetterCall } from './java-model';
import { getQueryInventory, getQueryInventoryClass, getResponse } from './responses';
import type { Schema, SchemaRegistry } from './schemas';
import { checkColumn, checkUrls } from './source-checks';
import { getSummary } from './titles';
import { strings } from '../lib/i18n';
import { isPlainObject } from '../lib/schema/pointer';

const API_PREFIX = '/zstack/v1';
const TAGS = new Set(['systemTags', 'userTags']);

/**
 * One `@RestRequest` class as the operations it serves (its path, then each optional path),
 * or the reason it is skipped. The Java declaration decides method, path, parameters, types,
 * defaults and asynchrony; the doc template adds titles, descriptions and versions, and where
 * it disagrees the disagreement becomes a finding.
 */
export function makeApi(ref: ClassRef, registry: SchemaRegistry): [string, null] | [null, ImportedApi] {
  const annotation = getAnnotation(ref.cls, 'RestRequest');
  if (!annotation) return [strings.importer.skip.noRestRequest, null];
  const [reason, rest] = readRestRequest(annotation);
  if (!rest) return [reason, null];
  if (getAnnotation(ref.cls, 'NoDoc')) return [strings.importer.skip.noDoc, null];
  const paths = [rest.path, ...rest.optionalPaths].filter((p) => p !== 'null' && p.startsWith('/'));
  if (paths.length === 0) return [strings.importer.skip.noPath, null];
  const { index } = registry;
  const lineage = index.getLineage(ref).map((l) => l.name);
  const responseRef = index.resolve(rest.responseClass, ref);
  if (!responseRef) return [strings.importer.skip.responseClassMissing(rest.responseClass), null];
  const responseLineage = index.getLineage(responseRef).map((l) => l.name);
  const isAsync = responseLineage.includes('APIEvent');
  if (!isAsync && !responseLineage.includes('APIReply') && !responseLineage.includes('MessageReply')) {
    return [strings.importer.skip.responseClassKind(rest.responseClass), null];
  }

  const name = ref.cls.name.replace(/^API/, '').replace(/Msg$/, '');
  const template = registry.getTemplate(ref);
  const templatePath = registry.getTemplatePath(ref);
  const findings: SourceFinding[] = [];
  if (!template)
    findings.push({
      rule: 'template-missing',
      message: findingRules['template-missing'](),
      file: ref.path,
      line: ref.cls.line,
    });
  const columns = getColumns(template, ref, registry);
  const isQuery = lineage.includes('APIQueryMessage');
  const category = getCategoryPath(template?.category?.value);
  const queryClass = isQuery ? getQueryInventoryClass(ref, responseRef, registry) : undefined;
  const api: ImportedApi = {
    name,
    className: ref.cls.name,
    file: ref.path,
    line: rest.line,
    rest,
    isAsync,
    isQuery,
    isDelete: lineage.includes('APIDeleteMessage'),
    suppressSession: getAnnotation(ref.cls, 'SuppressCredentialCheck') !== undefined,
    summary: getSummary(name, template),
    description: template?.desc && !isEmptyDesc(template.desc) ? template.desc.trim() : getSummary(name, template),
    category: category.path,
    categoryKnown: category.known,
    slug: getCategorySlug(template?.category?.value, category.path),
    operations: [],
    response: getResponse(responseRef, registry, findings, isQuery ? { name, inventory: queryClass } : undefined),
    findings,
  };
  if (template?.category) api.categoryCode = template.category.value;
  const since = getEarliest(columns.map((c) => c.since));
  if (since) api.since = since;
  if (isQuery) api.queryInventory = getQueryInventory(queryClass, registry);
  if (template) checkUrls(template, templatePath, rest, paths, findings);

  const fields = isQuery ? [] : index.getVisibleFields(ref).filter((f) => !TAGS.has(f.field.name));
  const sdkNames = getSdkNames(ref);
  paths.forEach((path, i) => {
    const pathVars = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const operationId = sdkNames.get(path) ?? (i === 0 ? name : getOptionalId(name, pathVars, i));
    const params = makeParams(
      fields,
      columns,
      pathVars,
      rest,
      registry,
      i === 0 && template ? findings : undefined,
      templatePath,
      { calls: ref.cls.example, ref },
    );
    // A query's path variable ({uuid}) is a condition, not a field; any other one RestServer sets by name.
    for (const variable of pathVars
      .filter((v) => !params.some((p) => p.location === 'path' && p.name === v))
      .reverse()) {
      params.unshift({
        name: variable,
        location: 'path',
        required: true,
        schema: { type: 'string' },
        description: variable === 'uuid' ? '资源的UUID，唯一标示该资源' : variable,
        file: ref.path,
        line: rest.line,
      });
    }
    const inPath = params
      .filter((p) => p.location === 'path')
      .sort((a, b) => pathVars.indexOf(a.name) - pathVars.indexOf(b.name));
    params.splice(0, params.length, ...inPath, ...params.filter((p) => p.location !== 'path'));
    api.operations.push({
      operationId,
      path: API_PREFIX + path,
      params,
      isPrimary: i === 0,
      ...(sdkNames.has(path) ? { sdkName: true } : {}),
    });
  });
  if (!template) return [null, api];
  const known = new Set([...fields.map((f) => f.field.name), ...TAGS, ...Object.values(rest.mappingFields)]);
  for (const column of isQuery ? [] : columns) {
    if (!known.has(column.name))
      findings.push({
        rule: 'field-not-in-java',
        message: findingRules['field-not-in-java'](column.name),
        file: templatePath,
        line: column.line,
        field: column.name,
      });
  }
  return [null, api];
}

function makeParams(
  fields: OwnedField[],
  columns: DocColumn[],
  pathVars: string[],
  rest: RestRequest,
  registry: SchemaRegistry,
  findings: SourceFinding[] | undefined,
  templatePath: string,
  example: { calls: JavaSetterCall[] | undefined; ref: ClassRef },
): ImportedParam[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const inQuery = rest.method === 'GET' || rest.method === 'DELETE';
  const pathFields = new Map(pathVars.map((v) => [rest.mappingFields[v] ?? v, v]));
  const params: ImportedParam[] = [];
  for (const { field, owner } of fields) {
    const location: ImportedParam['location'] = pathFields.has(field.name) ? 'path' : inQuery ? 'query' : 'body';
    const apiParam = readApiParam(getAnnotation(field, 'APIParam'));
    const schema: Schema = { ...registry.getTypeSchema(field.type, owner) };
    if (apiParam.validValues) setValidValues(schema, apiParam.validValues);
    if (apiParam.validRegexValues) schema['pattern'] = apiParam.validRegexValues;
    if (apiParam.maxLength !== undefined && apiParam.maxLength > 0 && schema['type'] === 'string')
      schema['maxLength'] = apiParam.maxLength;
    if (apiParam.minLength && schema['type'] === 'string') schema['minLength'] = apiParam.minLength;
    if (apiParam.numberRange && schema['type'] === 'integer')
      [schema['minimum'], schema['maximum']] = apiParam.numberRange;
    if (apiParam.nonempty && schema['type'] === 'array') schema['minItems'] = 1;
    if (apiParam.password) schema['format'] = 'password';
    const initial: { value: unknown; enum?: string[] } | undefined =
      field.initializer === undefined
        ? apiParam.required
          ? undefined
          : getPrimitiveDefault(field.type)
        : getDefault(field.initializer, schema, owner, registry.index);
    if (initial !== undefined && location !== 'path') schema['default'] = initial.value;
    if (initial?.enum && !schema['enum']) schema['enum'] = initial.enum;
    const value =
      location === 'path' ? undefined : getExampleValue(example.calls, field.name, schema, example.ref, registry.index);
    const param: ImportedParam = {
      name: pathFields.get(field.name) ?? field.name,
      location,
      required: location === 'path' || apiParam.required,
      schema,
      ...(value === undefined ? {} : { example: value }),
      file: owner.path,
      line: field.line,
    };
    if (apiParam.successIfResourceNotExisting) param.successIfMissing = true;
    const column = byName.get(field.name);
    if (column) {
      if (column.desc !== undefined && !isEmptyDesc(column.desc)) param.description = column.desc.trim();
      if (column.since) param.since = column.since;
      if (findings) checkColumn(column, field.name, location, formatJavaType(field.type), templatePath, findings);
    } else if (findings) {
      findings.push({
        rule: 'field-not-in-template',
        message: findingRules['field-not-in-template'](field.name),
        file: owner.path,
        line: field.line,
        field: field.name,
      });
    }
    params.push(param);
  }
  return params;
}

function getColumns(template: DocTemplate | undefined, ref: ClassRef, registry: SchemaRegistry): DocColumn[] {
  if (!template) return [];
  if (template.columns) return template.columns;
  if (!template.paramsFrom) return [];
  const other = registry.index.resolve(template.paramsFrom, ref);
  return (other && registry.getTemplate(other)?.columns) || [];
}

/** `@SDK(actionsMapping = {"Name=/path"})`: the SDK's own name for each of the API's paths. */
function getSdkNames(ref: ClassRef): Map<string, string> {
  const mapping = getAnnotation(ref.cls, 'SDK')?.args['actionsMapping'];
  const entries = mapping?.kind === 'array' ? mapping.items : [];
  return new Map(
    entries.flatMap((item) => {
      if (item.kind !== 'string') return [];
      const [id, path] = item.value.split('=').map((s) => s.trim());
      return id && path ? [[path, id] as [string, string]] : [];
    }),
  );
}

function getOptionalId(name: string, pathVars: string[], i: number): string {
  if (pathVars.length === 0) return `${name}${i + 1}`;
  return `${name}By${pathVars.map((v) => v[0]!.toUpperCase() + v.slice(1)).join('And')}`;
}

/** The template title without its `(ApiName)` suffix; a title that is only the API name gives way to a Chinese desc. */
function getEarliest(versions: Array<string | undefined>): string | undefined {
  const present = versions.filter((v): v is string => !!v && /^\d/.test(v));
  return present.sort((a, b) => compareVersions(a, b))[0];
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface ImportedApi {
  name: string;
  className: string;
  file: string;
  line: number;
  rest: RestRequest;
  isAsync: boolean;
  isQuery: boolean;
  isDelete: boolean;
  summary: string;
  description: string;
  category: string[];
  categoryKnown: boolean;
  categoryCode?: string;
  /** The source folder whose other APIs gave this one its category, when its own code is unknown. */
  categoryInferredFrom?: string;
  slug: string;
  since?: string;
  queryInventory?: string | undefined;
  operations: Array<{
    operationId: string;
    path: string;
    params: ImportedParam[];
    isPrimary: boolean;
    sdkName?: boolean;
  }>;
  /** `@SuppressCredentialCheck`: the API needs no session (LogInByAccount). */
  suppressSession: boolean;
  response: { schema: Schema; description: string };
  findings: SourceFinding[];
}

export interface ImportedParam {
  name: string;
  location: 'path' | 'query' | 'body';
  required: boolean;
  schema: Schema;
  description?: string;
  since?: string;
  successIfMissing?: boolean;
  /** Its value in the API's `__example__()`, where that is a constant (java-examples.ts). */
  example?: unknown;
  file: string;
  line: number;
}

/**
 * `@APIParam(validValues)` as an enum of the field's own type: ZStack compares each value's text (each item's, for a
 * list: ApiMessageParamValidator), so `{"4", "6"}` on an Integer allows the numbers 4 and 6, and on a List<String>
 * the items. A value that is not of the field's type stays text (the description's lint names it).
 */
function setValidValues(schema: Schema, values: string[]): void {
  let target = schema;
  if (schema['type'] === 'array' && isPlainObject(schema['items'])) target = schema['items'] = { ...schema['items'] };
  target['enum'] = values.map((value) => toTyped(value, target['type']));
}

function toTyped(text: string, type: unknown): unknown {
  if (type === 'integer' && /^-?\d+$/.test(text.trim())) return Number(text);
  if (type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
