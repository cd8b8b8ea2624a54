import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeLintReport } from '../../../../src/lib/lint/report';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { makeJsonSchema } from '../../../../src/lib/schema/json-schema';
import { parseSpec } from '../../../../src/lib/openapi/parse';
import { ZStackEngine } from '../../../../src/lib/mock/engine';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

async function loadBoth() {
  const [error, set] = await loadSpecDir(join(fixtures, 'generated'), fixtures);
  if (error) throw error;
  return set;
}

describe('a hand-written operation over a generated one', () => {
  it('keeps one PokeThing, from the hand-written document, beside the generated-only operations', async () => {
    const set = await loadBoth();
    expect(set.operations.map((op) => [op.operationId, op.file])).toEqual([
      ['QueryThing', 'generated/generated/things.yaml'],
      ['CreateThing', 'generated/generated/things.yaml'],
      ['DeleteThing', 'generated/generated/things.yaml'],
      ['GetThingCapacity', 'generated/generated/things.yaml'],
      ['PokeThing', 'generated/handwritten/things.yaml'],
    ]);
  });

  it('takes what the hand-written one states and fills the rest from the generated one', async () => {
    const op = (await loadBoth()).operations.find((o) => o.operationId === 'PokeThing')!;
    expect(op.summary).toBe('戳一下事物');
    expect(op.description).toBe('戳一下事物。');
    expect(op.since).toBe('4.0.0');
    expect(op.sdkAction).toBe('PokeThingAction');
    expect(op.category).toEqual(['资源中心', '事物']);
    expect(op.extensions['x-zstack-source-findings']).toHaveLength(1);
    expect(op.parameters.path.map((p) => [p.name, p.description])).toEqual([['uuid', '事物的UUID']]);
    expect(op.example.path).toEqual({ uuid: '0123456789abcdef0123456789abcdef' });
    const action = op.body!.fields.find((f) => f.name === 'pokeThing')!;
    expect(action.children.map((f) => [f.name, f.description, f.since])).toEqual([
      ['hard', '用力戳', undefined],
      ['count', '戳的次数', undefined],
      ['force', '强制', '5.2.0'],
    ]);
    expect(op.body!.fields.map((f) => f.name)).toEqual(['pokeThing', 'systemTags', 'userTags']);
    const result = op.responses.find((r) => r.status === '200')!;
    const inventory = result.fields.find((f) => f.name === 'inventory')!;
    expect(inventory.children.map((f) => f.name)).toEqual([
      'uuid',
      'name',
      'size',
      'description',
      'state',
      'ipInBinary',
      'parts',
      'createDate',
      'lastOpDate',
    ]);
    expect(inventory.children.find((f) => f.name === 'size')!.description).toBe('容量（字节）');
    expect(inventory.children.find((f) => f.name === 'parts')!.children.map((f) => f.name)).toEqual([
      'partUuid',
      'weight',
    ]);
    expect(op.responses.map((r) => [r.phase, r.status])).toContainEqual(['job', '503']);
  });

  it('gives every consumer a valid operation: a self-contained body schema and a mock answer', async () => {
    const set = await loadBoth();
    const op = set.operations.find((o) => o.operationId === 'PokeThing')!;
    const spec = set.specs.find((s) => s.file === op.file)!;
    const schema = makeJsonSchema(spec.doc, { $ref: '#/components/schemas/ThingInventory' }) as {
      $defs: Record<string, { properties: object }>;
    };
    expect(Object.keys(schema.$defs['ThingInventory']!.properties)).toContain('ipInBinary');
    expect(Object.keys(schema.$defs['PartInventory']!.properties)).toEqual(['partUuid', 'weight']);
    const [error] = await parseSpec('merged.json', new TextEncoder().encode(JSON.stringify(spec.doc)));
    expect(error).toBeNull();
    const engine = new ZStackEngine(set.operations, { baseUrl: 'http://127.0.0.1:8080' });
    const answer = engine.handle({
      method: 'PUT',
      url: '/zstack/v1/things/0123456789abcdef0123456789abcdef/actions',
      headers: { authorization: 'OAuth 0123456789abcdef0123456789abcdef' },
      body: JSON.stringify({ pokeThing: { hard: true } }),
    });
    expect(answer.status).toBe(202);
  });

  it('lists where the two differ on the quality report, with both places', async () => {
    const set = await loadBoth();
    const findings = makeLintReport(set).findings.filter((f) => f.rule === 'handwritten-differs');
    expect(findings.map((f) => [f.message, f.file, f.pointer, f.other])).toEqual(
      expect.arrayContaining([
        [
          '操作 PokeThing 的 summary 手写为「戳一下事物」，生成文档为「戳事物」',
          'generated/handwritten/things.yaml',
          '/paths/~1zstack~1v1~1things~1{uuid}~1actions/put/summary',
          {
            file: 'generated/generated/things.yaml',
            pointer: '/paths/~1zstack~1v1~1things~1{uuid}~1actions/put/summary',
          },
        ],
        [
          '操作 PokeThing 的 description 手写为「用力戳」，生成文档为「是否用力」',
          'generated/handwritten/things.yaml',
          '/components/schemas/PokeThingRequest/properties/pokeThing/properties/hard/description',
          {
            file: 'generated/generated/things.yaml',
            pointer:
              '/paths/~1zstack~1v1~1things~1{uuid}~1actions/put/requestBody/content/application~1json/schema/properties/pokeThing/properties/hard/description',
          },
        ],
      ]),
    );
    const size = findings.find((f) => f.pointer === '/components/schemas/ThingInventory/properties/size/description')!;
    expect(size.link).toEqual({ operationId: 'PokeThing', fieldId: 'response.inventory.size' });
    expect(findings.some((f) => f.pointer.includes('/uuid/'))).toBe(false);
  });

  it('still rejects an operationId that two generated documents declare', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    await cp(join(fixtures, 'generated/generated/things.yaml'), join(dir, 'a.yaml'));
    await cp(join(fixtures, 'generated/generated/things.yaml'), join(dir, 'b.yaml'));
    const [error] = await loadSpecDir(dir, dir);
    expect(error!.message).toContain(
      'operationId「QueryThing」重复，已在 a.yaml#/paths/~1zstack~1v1~1things/get 中定义',
    );
  });

  it('still rejects an operationId that two hand-written documents declare', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    await cp(join(fixtures, 'generated/handwritten/things.yaml'), join(dir, 'a.yaml'));
    await cp(join(fixtures, 'generated/handwritten/things.yaml'), join(dir, 'b.yaml'));
    await cp(join(fixtures, 'generated/generated/things.yaml'), join(dir, 'c.yaml'));
    const [error] = await loadSpecDir(dir, dir);
    expect(error!.message).toContain('operationId「PokeThing」重复');
  });
});
