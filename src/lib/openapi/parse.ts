import { Validator } from '@seriousme/openapi-schema-validator';
import type { OpenAPIV3_1 } from 'openapi-types';
import { strings } from '../i18n';
import { SpecError } from './spec-error';
import { getPointer, isPlainObject } from '../schema/pointer';
import { followRefs, getByRef } from '../schema/refs';
import { getOperationEntries } from './operation-entries';
import { readYaml } from './read-yaml';
import { findOverExpanded, getExpansionLimit } from './expansion';
import { findExtensionFault } from './extensions';

const MAX_DEPTH = 64;
/** An operationId names its page (`/api/<operationId>/`): no slash, leading dot, space or markup. */
const SAFE_OPERATION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** A file name holds 255 bytes; the page's folder and `content/operations/<operationId>.mdx` need a few more. */
const MAX_OPERATION_ID_LENGTH = 200;

let validator: Validator | undefined;

export interface ParsedSpec {
  file: string;
  doc: OpenAPIV3_1.Document;
}

/**
 * Parses and validates one OpenAPI document. Errors are values: the first
 * element is the fault (file + JSON pointer), or null.
 */
export async function parseSpec(file: string, bytes: Uint8Array): Promise<[SpecError, null] | [null, ParsedSpec]> {
  const fail = (pointer: string, reason: string): [SpecError, null] => [new SpecError(file, pointer, reason), null];
  const [yamlFault, yaml] = readYaml(bytes, { json: /\.json$/i.test(file) });
  if (yamlFault) return fail(yamlFault.pointer, yamlFault.reason);
  const { value } = yaml;
  const withLine = (pointer: string, reason: string) => fail(pointer, reason + yaml.getLineNote(pointer));

  if (!isPlainObject(value)) return fail('', strings.spec.specNotObject);
  if (!('openapi' in value)) return fail('', strings.spec.specMissingOpenapi);
  if (typeof value['openapi'] !== 'string' || !value['openapi'].startsWith('3.1.')) {
    return withLine('/openapi', strings.spec.specUnsupportedVersion(String(value['openapi'])));
  }
  const tooDeep = findTooDeep(value);
  if (tooDeep) return withLine(tooDeep, strings.spec.specTooDeep(MAX_DEPTH));
  const expansionLimit = getExpansionLimit(bytes.length);
  const overExpanded = findOverExpanded(value, expansionLimit);
  if (overExpanded) return withLine(overExpanded, strings.spec.specOverExpanded(expansionLimit));

  const refFault = findRefFault(value);
  if (refFault) return withLine(refFault[0], refFault[1]);

  const result = await getValidator().validate(structuredClone(value));
  if (!result.valid) {
    const errors = Array.isArray(result.errors) ? result.errors : [];
    const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    const pointer = deepest?.instancePath ?? '';
    const reason = deepest ? `${deepest.message ?? ''}${formatParams(deepest.params)}` : String(result.errors);
    return withLine(pointer, strings.spec.specSchemaViolation(reason));
  }

  const doc = value as unknown as OpenAPIV3_1.Document;
  const operationFault = findOperationIdFault(doc) ?? findPathParamFault(doc) ?? findExtensionFault(doc);
  if (operationFault) return withLine(operationFault[0], operationFault[1]);

  return [null, { file, doc }];
}

/** One validator for every document: building it compiles the OpenAPI meta-schema, which costs more than validating. */
function getValidator(): Validator {
  validator ??= new Validator({ allErrors: false });
  return validator;
}

/** The first node nested deeper than MAX_DEPTH, as a JSON pointer; the walk never goes deeper itself. */
function findTooDeep(root: unknown): string | null {
  const path: Array<string | number> = [];
  const walk = (value: unknown): boolean => {
    if (path.length > MAX_DEPTH) return true;
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : isPlainObject(value) ? Object.entries(value) : [];
    for (const [key, child] of entries) {
      path.push(key);
      if (walk(child)) return true;
      path.pop();
    }
    return false;
  };
  return walk(root) ? getPointer(path) : null;
}

function findOperationIdFault(doc: OpenAPIV3_1.Document): [string, string] | null {
  for (const { path, method, pointer } of getOperationEntries(doc)) {
    const id = doc.paths![path]![method]!.operationId;
    if (id !== undefined && !SAFE_OPERATION_ID.test(id)) return [`${pointer}/operationId`, strings.spec.specUnsafeOperationId(id)];
    if (id !== undefined && id.length > MAX_OPERATION_ID_LENGTH) return [`${pointer}/operationId`, strings.spec.specOperationIdTooLong(id.length, MAX_OPERATION_ID_LENGTH)];
  }
  return null;
}

function findRefFault(root: Record<string, unknown>): [string, string] | null {
  const stack: Array<[unknown, Array<string | number>]> = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, [...path, i]]));
      continue;
    }
    if (!isPlainObject(node)) continue;
    const ref = node['$ref'];
    if (typeof ref === 'string' && !isExampleValue(path)) {
      const pointer = getPointer([...path, '$ref']);
      if (!ref.startsWith('#')) return [pointer, strings.spec.specRefExternal(ref)];
      const seen = new Set<string>();
      let current: unknown = node;
      while (isPlainObject(current) && typeof current['$ref'] === 'string') {
        const target = current['$ref'];
        if (seen.has(target)) return [pointer, strings.spec.specRefCycle(ref)];
        seen.add(target);
        if (!target.startsWith('#')) return [pointer, strings.spec.specRefExternal(target)];
        current = getByRef(root, target);
        if (current === undefined) return [pointer, strings.spec.specRefUnresolved(target)];
      }
    }
    for (const [key, child] of Object.entries(node)) stack.push([child, [...path, key]]);
  }
  return null;
}

function isExampleValue(path: Array<string | number>): boolean {
  return path.includes('example');
}

function findPathParamFault(doc: OpenAPIV3_1.Document): [string, string] | null {
  for (const { path, method, pointer } of getOperationEntries(doc)) {
    const item = doc.paths![path]!;
    const operation = item[method]!;
    const declared = new Set<string>();
    for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
      const parameter = followRefs(doc, raw).value;
      if (isPlainObject(parameter) && parameter['in'] === 'path') declared.add(String(parameter['name']));
    }
    const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const name of inTemplate) {
      if (!declared.has(name)) return [pointer, strings.spec.specPathParamMissing(name)];
    }
    for (const name of declared) {
      if (!inTemplate.includes(name)) return [pointer + '/parameters', strings.spec.specPathParamUnused(name)];
    }
  }
  return null;
}

function formatParams(params: unknown): string {
  if (!isPlainObject(params)) return '';
  const parts = Object.entries(params).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return parts.length > 0 ? strings.spec.schemaParams(parts) : '';
}
