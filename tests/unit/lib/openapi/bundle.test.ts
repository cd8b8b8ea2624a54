import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { OpenAPIV3_1 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { mergeDocuments } from '../../../../src/lib/openapi/bundle';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const ACTIONS = '/zstack/v1/vm-instances/{uuid}/actions';

let loaded: ReturnType<typeof loadSpecDir> | undefined;
async function loadDocs() {
  loaded ??= loadSpecDir(`${root}openapi`, root);
  const [error, set] = await loaded;
  if (error) throw error;
  return set;
}

function doc(
  paths: Record<string, unknown>,
  schemas: Record<string, unknown> = {},
  version = '5.2.1',
): OpenAPIV3_1.Document {
  return { openapi: '3.1.0', info: { title: 't', version }, paths, components: { schemas } } as OpenAPIV3_1.Document;
}

const action = (operationId: string, ref: string) => ({
  operationId,
  requestBody: { content: { 'application/json': { schema: { $ref: ref } } } },
  responses: { '200': { description: 'ok' } },
});

describe('the merged description', () => {
  it('holds every operation of every document and is valid OpenAPI 3.1 for the validator the build uses', async () => {
    const set = await loadDocs();
    const merged = mergeDocuments(set.specs.map((s) => s.doc));
    const result = await new Validator().validate(structuredClone(merged) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    const ids = Object.values(merged.paths!).flatMap((item) =>
      Object.values(item!).flatMap((op) =>
        typeof op === 'object' && op && 'operationId' in op ? [op.operationId] : [],
      ),
    );
    expect(ids.sort()).toEqual(set.operations.map((op) => op.operationId).sort());
  }, 60_000);

  it('gives each action sharing a method and path its own path, with the real one in x-zstack-path', async () => {
    const merged = mergeDocuments((await loadDocs()).specs.map((s) => s.doc)) as unknown as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(merged.paths[ACTIONS]).toBeUndefined();
    const flatten = merged.paths[`${ACTIONS}/FlattenVmInstance`]!;
    expect(flatten['x-zstack-path']).toBe(ACTIONS);
    expect((flatten['put'] as { operationId: string }).operationId).toBe('FlattenVmInstance');
    expect(merged.paths[`${ACTIONS}/StopVmInstance`]!['x-zstack-path']).toBe(ACTIONS);
    expect(merged.paths['/zstack/v1/vm-instances']!['x-zstack-path']).toBeUndefined();
  }, 60_000);

  it('keeps the path-level parameters on every split path', () => {
    const param = { name: 'uuid', in: 'path', required: true, schema: { type: 'string' } };
    const a = doc(
      { '/x/{uuid}/actions': { parameters: [param], put: action('A', '#/components/schemas/A') } },
      { A: { type: 'object' } },
    );
    const b = doc(
      { '/x/{uuid}/actions': { parameters: [param], put: action('B', '#/components/schemas/B') } },
      { B: { type: 'object' } },
    );
    const merged = mergeDocuments([a, b]) as unknown as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(merged.paths)).toEqual(['/x/{uuid}/actions/A', '/x/{uuid}/actions/B']);
    expect(merged.paths['/x/{uuid}/actions/B']!['parameters']).toEqual([param]);
  });

  it('renames a component that another document defines differently, and points that document at the new name', async () => {
    const a = doc(
      { '/a': { put: action('A', '#/components/schemas/Body') } },
      { Body: { type: 'object', properties: { a: { type: 'string' } } } },
    );
    const b = doc(
      { '/b': { put: action('B', '#/components/schemas/Body/properties/b') } },
      { Body: { type: 'object', properties: { b: { type: 'string' } } } },
      '5.3.0',
    );
    const merged = mergeDocuments([a, b]) as unknown as {
      info: { version: string };
      paths: Record<string, Record<string, ReturnType<typeof action>>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(merged.components.schemas)).toEqual(['Body', 'Body_2']);
    expect(merged.paths['/b']!['put']!.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/Body_2/properties/b',
    );
    expect(merged.paths['/a']!['put']!.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/Body',
    );
    expect(merged.info.version).toBe('5.3.0');
    expect((await new Validator().validate(structuredClone(merged) as unknown as Record<string, unknown>)).valid).toBe(
      true,
    );
  });

  it('keeps one copy of a component several documents define alike', () => {
    const schema = { type: 'object' };
    const merged = mergeDocuments([
      doc({ '/a': { put: action('A', '#/components/schemas/S') } }, { S: schema }),
      doc({ '/b': { put: action('B', '#/components/schemas/S') } }, { S: schema }),
    ]);
    expect(Object.keys(merged.components!.schemas!)).toEqual(['S']);
  });
});
