import { Validator } from '@seriousme/openapi-schema-validator';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import type { OpenAPIV3_1 } from 'openapi-types';
import { messages } from '../messages';
import { getPointer, getSegments, SpecError } from './spec-error';
import { getByPointer, isPlainObject } from './pointer';
import { getOperationEntries } from './operation-entries';

const MAX_DEPTH = 64;

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

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('', messages.specNotUtf8);
  }
  if (text.trim() === '') return fail('', messages.specEmpty);

  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [syntaxError] = yamlDoc.errors;
  if (syntaxError) {
    const pos = lineCounter.linePos(syntaxError.pos[0]);
    return fail('', messages.specYamlSyntax(pos.line, pos.col, syntaxError.message.split('\n')[0] ?? syntaxError.code));
  }
  let value: unknown;
  try {
    value = yamlDoc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail('', messages.specYamlSyntax(1, 1, (error as Error).message));
  }
  const withLine = (pointer: string, reason: string) => fail(pointer, reason + getLineNote(yamlDoc, lineCounter, pointer));

  if (!isPlainObject(value)) return fail('', messages.specNotObject);
  if (!('openapi' in value)) return fail('', messages.specMissingOpenapi);
  if (typeof value['openapi'] !== 'string' || !value['openapi'].startsWith('3.1.')) {
    return withLine('/openapi', messages.specUnsupportedVersion(String(value['openapi'])));
  }
  const tooDeep = findTooDeep(value, []);
  if (tooDeep) return withLine(getPointer(tooDeep), messages.specTooDeep(MAX_DEPTH));

  const refFault = findRefFault(value);
  if (refFault) return withLine(refFault[0], refFault[1]);

  const validator = new Validator({ allErrors: false });
  const result = await validator.validate(structuredClone(value));
  if (!result.valid) {
    const errors = Array.isArray(result.errors) ? result.errors : [];
    const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    const pointer = deepest?.instancePath ?? '';
    const reason = deepest ? `${deepest.message ?? ''}${formatParams(deepest.params)}` : String(result.errors);
    return withLine(pointer, messages.specSchemaViolation(reason));
  }

  const pathFault = findPathParamFault(value as unknown as OpenAPIV3_1.Document);
  if (pathFault) return withLine(pathFault[0], pathFault[1]);

  return [null, { file, doc: value as unknown as OpenAPIV3_1.Document }];
}


function findTooDeep(value: unknown, path: Array<string | number>): Array<string | number> | null {
  if (path.length > MAX_DEPTH) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findTooDeep(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const found = findTooDeep(child, [...path, key]);
      if (found) return found;
    }
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
      if (!ref.startsWith('#')) return [pointer, messages.specRefExternal(ref)];
      const seen = new Set<string>();
      let current: unknown = node;
      while (isPlainObject(current) && typeof current['$ref'] === 'string') {
        const target = current['$ref'];
        if (seen.has(target)) return [pointer, messages.specRefCycle(ref)];
        seen.add(target);
        if (!target.startsWith('#')) return [pointer, messages.specRefExternal(target)];
        current = getByPointer(root, target.slice(1));
        if (current === undefined) return [pointer, messages.specRefUnresolved(target)];
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
      const parameter = resolveShallow(doc, raw);
      if (isPlainObject(parameter) && parameter['in'] === 'path') declared.add(String(parameter['name']));
    }
    const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const name of inTemplate) {
      if (!declared.has(name)) return [pointer, messages.specPathParamMissing(name)];
    }
    for (const name of declared) {
      if (!inTemplate.includes(name)) return [pointer + '/parameters', messages.specPathParamUnused(name)];
    }
  }
  return null;
}

function resolveShallow(doc: unknown, value: unknown): unknown {
  let current = value;
  for (let i = 0; i < 32 && isPlainObject(current) && typeof current['$ref'] === 'string'; i++) {
    current = getByPointer(doc, current['$ref'].slice(1));
  }
  return current;
}

function formatParams(params: unknown): string {
  if (!isPlainObject(params)) return '';
  const parts = Object.entries(params).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return parts.length > 0 ? `（${parts.join('，')}）` : '';
}

function getLineNote(doc: YamlDocument, lineCounter: LineCounter, pointer: string): string {
  const segments = getSegments(pointer);
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true);
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.range) {
      return `（第 ${lineCounter.linePos(node.range[0]).line} 行）`;
    }
  }
  return '';
}
