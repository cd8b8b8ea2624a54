import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import type { FieldNode } from '../../../../src/lib/openapi/schema';
import { generateJavaSdk } from '../../../../src/lib/samples/java-sdk';
import { makeRequest } from '../../../../src/lib/request/model';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

async function getPokeThing() {
  const [error, set] = await loadSpecDir(join(fixtures, 'valid'), fixtures);
  if (error) throw error;
  return set.operations[0]!;
}

function flatten(nodes: FieldNode[]): FieldNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('operation view model', () => {
  it('reads the ZStack vendor extensions', async () => {
    const op = await getPokeThing();
    expect({
      since: op.since,
      isAsync: op.isAsync,
      category: op.category,
      sdkAction: op.sdkAction,
      requiresAuth: op.requiresAuth,
    }).toEqual({
      since: '4.7.0',
      isAsync: true,
      category: ['资源中心', '事物'],
      sdkAction: 'PokeThingAction',
      requiresAuth: true,
    });
    expect(op.authHeader).toEqual({ name: 'Authorization', prefix: 'OAuth ' });
  });

  it('gives path parameters and body fields deep-link ids, types, required flags and defaults', async () => {
    const op = await getPokeThing();
    expect(op.parameters.path.map((f) => [f.id, f.type, f.required, f.description])).toEqual([
      ['path.uuid', 'String', true, '资源的UUID'],
    ]);
    const rows = flatten(op.body!.fields).map((f) => ({
      id: f.id,
      type: f.type,
      required: f.required,
      defaultValue: f.defaultValue,
      since: f.since,
    }));
    expect(rows).toEqual([
      { id: 'body.pokeThing', type: 'Object', required: true, defaultValue: undefined, since: undefined },
      { id: 'body.pokeThing.hard', type: 'Boolean', required: false, defaultValue: 'false', since: undefined },
      { id: 'body.pokeThing.count', type: 'Long', required: false, defaultValue: undefined, since: '5.0.0' },
      { id: 'body.pokeThing.note', type: 'String', required: false, defaultValue: undefined, since: undefined },
      { id: 'body.pokeThing.ratio', type: 'Float', required: false, defaultValue: undefined, since: undefined },
      { id: 'body.pokeThing.weight', type: 'Double', required: false, defaultValue: undefined, since: undefined },
      { id: 'body.pokeThing.sizes', type: 'List<Long>', required: false, defaultValue: undefined, since: undefined },
      { id: 'body.pokeThing.limit', type: 'Integer', required: false, defaultValue: undefined, since: undefined },
      {
        id: 'body.pokeThing.quotas',
        type: 'Map<String, Long>',
        required: false,
        defaultValue: undefined,
        since: undefined,
      },
      { id: 'body.systemTags', type: 'List<String>', required: false, defaultValue: undefined, since: undefined },
      { id: 'body.userTags', type: 'List<String>', required: false, defaultValue: undefined, since: undefined },
    ]);
    expect(op.body!.actionKey).toBe('pokeThing');
  });

  it('puts the submit answer and the polled job answers in one response section', async () => {
    const op = await getPokeThing();
    expect(op.responses.map((r) => [r.status, r.statusText, r.phase])).toEqual([
      ['202', 'Accepted', 'submit'],
      ['200', 'OK', 'job'],
      ['503', 'Service Unavailable', 'job'],
    ]);
    const ids = flatten(op.responses.flatMap((r) => r.fields)).map(
      (f) => `${f.id} ${f.type}${f.required ? ' 必填' : ''}`,
    );
    expect(ids).toEqual([
      'response.location String',
      'response.inventory Thing',
      'response.inventory.uuid String 必填',
      'response.inventory.createDate Timestamp',
      'response.inventory.parts List<Part>',
      'response.inventory.parts.ipInLong long',
      'response.inventory.parts.weight Integer',
      'response.inventory.size Long',
      'response.inventory.opaque LinkedHashMap',
      'response.inventory.kind String',
      'response.error ErrorCode',
      'response.error.code String',
      'response.error.cause ErrorCode',
    ]);
  });

  it('renders the recursive cause once and then as a link to its ancestor', async () => {
    const op = await getPokeThing();
    const error = op.responses[2]!.fields[0]!;
    const cause = error.children.find((f) => f.name === 'cause')!;
    expect(cause).toMatchObject({
      id: 'response.error.cause',
      refName: 'ErrorCode',
      recursiveTo: 'response.error',
      children: [],
    });
  });

  it('keeps enum values, list item schema names and documented corrections', async () => {
    const op = await getPokeThing();
    const inventory = op.responses[1]!.fields[0]!;
    const byName = Object.fromEntries(inventory.children.map((f) => [f.name, f]));
    expect(byName['kind']!.enumValues).toEqual(['A', 'B']);
    expect(byName['parts']!.refName).toBe('Part');
    expect(byName['size']!.correction).toEqual({ original: '返回记录数。', reason: '这是字节数' });
  });

  it('takes the example parameters and body from the description', async () => {
    const op = await getPokeThing();
    expect(op.example).toEqual({
      path: { uuid: '0123456789abcdef0123456789abcdef' },
      query: {},
      body: { pokeThing: { hard: true, count: 3000000000 }, systemTags: [], userTags: [] },
    });
  });
});

describe('path-item parameters', () => {
  it('inherits them, lets the operation redefine one, and locates each where it is written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'params-'));
    await writeFile(
      join(dir, 'a.yaml'),
      [
        'openapi: 3.1.0',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /things/{uuid}:',
        '    parameters:',
        '      - { name: uuid, in: path, required: true, description: 路径级, schema: { type: string } }',
        '      - { name: limit, in: query, description: 条数, schema: { type: integer } }',
        '    get:',
        '      operationId: GetThing',
        '      parameters:',
        '        - { name: uuid, in: path, required: true, description: 操作级, schema: { type: strnig } }',
        '      responses: { "200": { description: ok } }',
      ].join('\n'),
    );
    const [error] = await loadSpecDir(dir, dir);
    // The operation's own (broken) uuid replaces the path item's, and its fault is located in the operation.
    expect(error!.message).toBe(
      'OpenAPI 文档无效：a.yaml#/paths/~1things~1{uuid}/get/parameters/0/schema/type：未知的类型「strnig」',
    );
    await writeFile(join(dir, 'a.yaml'), (await readFile(join(dir, 'a.yaml'), 'utf8')).replace('strnig', 'string'));
    const [, set] = await loadSpecDir(dir, dir);
    const op = set!.operations[0]!;
    expect(op.parameters.path.map((f) => f.description)).toEqual(['操作级']);
    expect(op.parameters.query.map((f) => f.id)).toEqual(['query.limit']);
  });
});

describe('the action wrapper of a ZStack body', () => {
  it('is the one object beside the tags even when it is optional, so the SDK samples set its fields on the action', async () => {
    // AttachL3NetworkToVm: every field of `params` is optional, and ZStack takes a body without it.
    const dir = await mkdtemp(join(tmpdir(), 'wrapper-'));
    const params = '{ type: object, properties: { staticIp: { type: string } } }';
    const tags = '{ type: array, items: { type: string } }';
    await writeFile(
      join(dir, 'a.yaml'),
      [
        'openapi: 3.1.0',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}:',
        '    post:',
        '      operationId: AttachL3NetworkToVm',
        '      x-zstack-sdk-action: AttachL3NetworkToVmAction',
        '      parameters:',
        '        - { name: vmInstanceUuid, in: path, required: true, schema: { type: string } }',
        '        - { name: l3NetworkUuid, in: path, required: true, schema: { type: string } }',
        '      requestBody:',
        '        content:',
        `          application/json: { schema: { type: object, properties: { params: ${params}, systemTags: ${tags} } } }`,
        '      responses: { "200": { description: ok } }',
      ].join('\n'),
    );
    const [error, set] = await loadSpecDir(dir, dir);
    expect(error).toBeNull();
    const op = set!.operations[0]!;
    expect(op.body!.actionKey).toBe('params');
    const java = generateJavaSdk(op, makeRequest(op, { body: { params: { staticIp: '10.0.0.5' } } }));
    expect(java).toContain('action.staticIp = "10.0.0.5";');
    expect(java).not.toContain('action.params');
  });
});
