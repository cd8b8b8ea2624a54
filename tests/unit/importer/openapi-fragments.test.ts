import { describe, expect, it } from 'vitest';
import { getGenerated, importFixture } from './fixture-tree';

const VM_CATEGORY = ['资源中心', '云资源池', '云主机相关接口'];
const TAGS = {
  systemTags: { type: 'array', description: '系统标签', items: { type: 'string' } },
  userTags: { type: 'array', description: '用户标签', items: { type: 'string' } },
};
const TAG_QUERY = [
  {
    name: 'systemTags',
    in: 'query',
    required: false,
    description: '系统标签，可重复出现。',
    style: 'form',
    explode: true,
    schema: { type: 'array', items: { type: 'string' } },
  },
  {
    name: 'userTags',
    in: 'query',
    required: false,
    description: '用户标签，可重复出现。',
    style: 'form',
    explode: true,
    schema: { type: 'array', items: { type: 'string' } },
  },
];
const schemas = (doc: Record<string, unknown>) => (doc['components'] as { schemas: Record<string, unknown> }).schemas;

describe('generated OpenAPI', () => {
  it('writes an asynchronous action: camel-case action key, defaults from initialisers, 202 and job responses', () => {
    const result = importFixture('action');
    const { doc, path, method, operation, fileName } = getGenerated(result, 'FlattenThing');
    expect([fileName, method, path, doc['x-zstack-generated']]).toEqual([
      'vm-instance.yaml',
      'put',
      '/zstack/v1/things/{uuid}/actions',
      true,
    ]);
    expect(operation).toEqual({
      operationId: 'FlattenThing',
      summary: '扁平合并东西',
      description: '扁平合并东西',
      tags: ['云主机相关接口'],
      'x-zstack-since': '4.7.0',
      'x-zstack-async': true,
      'x-zstack-category': VM_CATEGORY,
      'x-zstack-sdk-action': 'FlattenThingAction',
      parameters: [
        {
          name: 'uuid',
          in: 'path',
          required: true,
          description: '资源的UUID，唯一标示该资源',
          'x-zstack-since': '4.7.0',
          schema: { type: 'string' },
        },
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/FlattenThingRequest' } } },
      },
      responses: {
        '202': { $ref: '#/components/responses/JobAccepted' },
        '400': { $ref: '#/components/responses/BadRequest' },
      },
      'x-zstack-job-responses': {
        '200': {
          description: '扁平合并东西成功时返回的结构。',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/FlattenThingEvent' } } },
        },
        '503': { $ref: '#/components/responses/JobFailed' },
      },
    });
    // The 202's example is the address ZStack answers with, not a sampled http://example.com.
    const accepted = (doc['components'] as any).responses.JobAccepted.content['application/json'];
    expect(accepted.example.location).toMatch(/^http:\/\/localhost:8080\/zstack\/v1\/api-jobs\/[0-9a-f]{32}$/);
    expect(schemas(doc)['FlattenThingRequest']).toEqual({
      type: 'object',
      description: '扁平合并东西的请求体。',
      required: ['flattenThing'],
      additionalProperties: false,
      properties: {
        flattenThing: {
          type: 'object',
          description: 'flattenThing 请求体结构',
          additionalProperties: false,
          properties: {
            full: { type: 'boolean', default: true, description: '合并所有部分', 'x-zstack-since': '4.7.0' },
            dryRun: { type: 'boolean', default: false, description: '试运行', 'x-zstack-since': '4.7.0' },
            mode: {
              type: 'string',
              enum: ['fast', 'slow'],
              default: 'fast',
              description: '合并方式',
              'x-zstack-since': '4.7.0',
            },
            parallel: {
              type: 'integer',
              format: 'int32',
              minimum: 1,
              maximum: 16,
              description: '并发数',
              'x-zstack-since': '4.8.0',
            },
            limits: {
              type: 'object',
              additionalProperties: { type: 'integer', format: 'int64' },
              description: '各部分的上限',
              'x-zstack-since': '4.7.0',
            },
          },
        },
        ...TAGS,
      },
    });
  });

  it('answers with the @RestResponse key and an inventory component typed from Java, without @APINoSee fields or success', () => {
    const { doc } = getGenerated(importFixture('action'), 'FlattenThing');
    expect(schemas(doc)['FlattenThingEvent']).toEqual({
      type: 'object',
      description: '扁平合并东西结果',
      properties: {
        inventory: {
          $ref: '#/components/schemas/ThingInventory',
          description: '合并后的东西',
          'x-zstack-since': '4.7.0',
        },
      },
    });
    expect(schemas(doc)['ThingInventory']).toEqual({
      type: 'object',
      description: '东西清单',
      properties: {
        uuid: { type: 'string', description: '资源的UUID，唯一标示该资源', 'x-zstack-since': '0.6' },
        size: { type: 'integer', format: 'int64', description: '大小', 'x-zstack-since': '0.6' },
        ipInLong: { type: 'integer', format: 'int64', 'x-zstack-type': 'long' },
        ipInBinary: {
          type: 'array',
          'x-zstack-type': 'byte[]',
          items: { type: 'integer', minimum: -128, maximum: 127 },
          description: '以字节数组表示的IP地址',
          'x-zstack-since': '5.2.0',
        },
        createDate: { type: 'string', 'x-zstack-type': 'Timestamp', description: '创建时间', 'x-zstack-since': '0.6' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(Object.keys(schemas(doc)).sort()).toEqual([
      'ErrorCode',
      'ErrorResponse',
      'FlattenThingEvent',
      'FlattenThingRequest',
      'JobLocation',
      'ThingInventory',
    ]);
  });

  it("writes a query API with ZStack's query parameters, the {inventories, total} reply, and its {uuid} path as a second operation", () => {
    const result = importFixture('query');
    const query = getGenerated(result, 'QueryThing');
    expect(query.operation['x-zstack-query']).toBe('ThingInventory');
    expect(query.operation['x-zstack-async']).toBe(false);
    expect((query.operation['parameters'] as Array<{ name: string }>).map((p) => p.name)).toEqual([
      'q',
      'limit',
      'start',
      'count',
      'replyWithCount',
      'sort',
      'fields',
      'groupBy',
      'filterName',
    ]);
    expect((query.operation['parameters'] as unknown[])[1]).toEqual({
      name: 'limit',
      in: 'query',
      required: false,
      description: '最多返回的记录数，类似MySQL的limit。',
      schema: { type: 'integer', format: 'int32', default: 1000 },
    });
    expect(query.operation['responses']).toEqual({
      '200': {
        description: '查询东西成功时返回的结构。',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/QueryThingReply' } } },
      },
      '400': { $ref: '#/components/responses/BadRequest' },
      '503': { $ref: '#/components/responses/ApiFailed' },
    });
    expect(schemas(query.doc)['QueryThingReply']).toEqual({
      type: 'object',
      description: '东西清单',
      properties: {
        inventories: { type: 'array', items: { $ref: '#/components/schemas/ThingInventory' }, 'x-zstack-since': '0.6' },
        total: {
          type: 'integer',
          format: 'int64',
          description: '满足查询条件的记录总数，count 或 replyWithCount 为 true 时返回。',
        },
      },
    });
    const byUuid = getGenerated(result, 'QueryThingByUuid');
    // Two pages titled 查询东西 would read as one; the second is titled as the hand-written QueryVmInstanceByUuid is.
    expect([query.operation['summary'], byUuid.operation['summary']]).toEqual(['查询东西', '按UUID查询东西']);
    expect([byUuid.path, byUuid.operation['x-zstack-sdk-action'], byUuid.operation['parameters']]).toEqual([
      '/zstack/v1/things/{uuid}',
      'QueryThingAction',
      [
        {
          name: 'uuid',
          in: 'path',
          required: true,
          description: '资源的UUID，唯一标示该资源',
          schema: { type: 'string' },
        },
      ],
    ]);
  });

  it('answers a query with the inventories of its @AutoQuery inventoryClass, where its reply class lists a base class', () => {
    const result = importFixture('query');
    const ceph = getGenerated(result, 'QueryCephThing');
    expect(ceph.operation['x-zstack-query']).toBe('CephThingInventory');
    const reply = (ceph.operation['responses'] as Record<string, any>)['200'].content['application/json'].schema;
    expect(reply).toEqual({ $ref: '#/components/schemas/QueryCephThingReply' });
    expect(schemas(ceph.doc)['QueryCephThingReply']).toMatchObject({
      properties: { inventories: { type: 'array', items: { $ref: '#/components/schemas/CephThingInventory' } } },
    });
    expect(Object.keys((schemas(ceph.doc)['CephThingInventory'] as any).properties)).toEqual([
      'uuid',
      'name',
      'poolName',
    ]);
    // The base query keeps the reply class's own schema.
    expect(schemas(getGenerated(result, 'QueryThing').doc)['QueryThingReply']).toMatchObject({
      properties: { inventories: { items: { $ref: '#/components/schemas/ThingInventory' } } },
    });
  });

  it('puts the parameters of a DELETE in the query string, with the deletion mode and its enum from APIDeleteMessage', () => {
    const { operation } = getGenerated(importFixture('delete-query-string'), 'DeleteThing');
    expect(operation['x-zstack-delete']).toEqual({ modeParameter: 'deleteMode', successIfMissing: true });
    expect(operation['requestBody']).toBeUndefined();
    expect(operation['parameters']).toEqual([
      {
        name: 'uuid',
        in: 'path',
        required: true,
        description: '东西的UUID',
        'x-zstack-since': '0.6',
        schema: { type: 'string' },
      },
      {
        name: 'deleteMode',
        in: 'query',
        required: false,
        description: '删除模式',
        'x-zstack-since': '0.6',
        schema: { type: 'string', default: 'Permissive', enum: ['Enforcing', 'Permissive'] },
      },
      ...TAG_QUERY,
    ]);
  });

  it('writes a synchronous PUT: a params body with typed validValues, a 200 answer with the fieldsTo keys, and no job', () => {
    const { operation, doc } = getGenerated(importFixture('sync-put'), 'UpdateThing');
    // The body example of __example__(): its constants (not the computed description, nor the lambda's setter).
    expect((operation['requestBody'] as any).content['application/json'].example).toEqual({
      params: { name: 'thing1', ipVersion: 4, kinds: ['Big'] },
    });
    expect([operation['x-zstack-async'], operation['x-zstack-job-responses'], operation['x-zstack-category']]).toEqual([
      false,
      undefined,
      ['资源中心', '硬件设施', '物理机相关接口'],
    ]);
    expect(operation['responses']).toEqual({
      '200': {
        description: '更新东西成功时返回的结构。',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateThingReply' } } },
      },
      '400': { $ref: '#/components/responses/BadRequest' },
      '503': { $ref: '#/components/responses/ApiFailed' },
    });
    expect(schemas(doc)['UpdateThingReply']).toEqual({
      type: 'object',
      description: 'UpdateThingReply 的结果',
      properties: {
        thingName: { type: 'string' },
        size: { type: 'integer', format: 'int64', 'x-zstack-type': 'long' },
      },
    });
    expect(schemas(doc)['UpdateThingRequest']).toEqual({
      type: 'object',
      description: '更新东西的请求体。',
      required: ['params'],
      additionalProperties: false,
      properties: {
        params: {
          type: 'object',
          description: 'params 请求体结构',
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 255, description: '名称', 'x-zstack-since': '3.0' },
            description: { type: 'string', description: '描述', 'x-zstack-since': '3.1' },
            // validValues in the field's own type (ZStack compares their text): numbers for an Integer, the items' for a list.
            ipVersion: {
              type: 'integer',
              format: 'int32',
              enum: [4, 6],
              description: 'IP 版本',
              'x-zstack-since': '3.1',
            },
            kinds: {
              type: 'array',
              items: { type: 'string', enum: ['Big', 'Small'] },
              description: '种类',
              'x-zstack-since': '3.1',
            },
          },
          required: ['name'],
        },
        ...TAGS,
      },
    });
  });

  it('puts two actions of one method and path into two documents, each valid on its own', () => {
    const result = importFixture('shared-path');
    const start = getGenerated(result, 'StartThing');
    const stop = getGenerated(result, 'StopThing');
    expect([start.fileName, start.path, stop.fileName, stop.path]).toEqual([
      'other.yaml',
      '/zstack/v1/things/{uuid}/actions',
      'other-2.yaml',
      '/zstack/v1/things/{uuid}/actions',
    ]);
    expect(schemas(stop.doc)['StopThingRequest']).toEqual({
      type: 'object',
      description: 'StopThing的请求体。',
      required: ['stopThing'],
      additionalProperties: false,
      properties: {
        stopThing: { type: 'object', description: 'stopThing 请求体结构', additionalProperties: false, properties: {} },
        ...TAGS,
      },
    });
    expect(Object.keys(schemas(stop.doc))).not.toContain('StartThingRequest');
  });

  it('writes a POST whose fields are all in the path (parameterName "null") with the tags alone in its body, path parameters in path order', () => {
    const { operation, doc } = getGenerated(importFixture('path-only-post'), 'AttachThingToHost');
    expect((operation['parameters'] as Array<{ name: string; in: string }>).map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:hostUuid',
      'path:thingUuid',
    ]);
    expect(schemas(doc)['AttachThingToHostRequest']).toEqual({
      type: 'object',
      description: 'AttachThingToHost的请求体。',
      additionalProperties: false,
      properties: TAGS,
    });
    expect(schemas(doc)['AttachThingToHostEvent']).toEqual({
      type: 'object',
      description: 'AttachThingToHostEvent 的结果',
      additionalProperties: false,
      properties: {},
    });
  });

  it('keeps an inventory that contains itself as a cycle of $refs, and a GET non-query parameter in the query string', () => {
    const { operation, doc } = getGenerated(importFixture('recursive-inventory'), 'GetThingTree');
    expect(schemas(doc)['TreeNodeInventory']).toEqual({
      type: 'object',
      description: 'TreeNodeInventory',
      properties: {
        uuid: { type: 'string' },
        parent: { $ref: '#/components/schemas/TreeNodeInventory' },
        children: { type: 'array', items: { $ref: '#/components/schemas/TreeNodeInventory' } },
      },
    });
    expect((operation['parameters'] as unknown[]).slice(0, 2)).toEqual([
      { name: 'uuid', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'depth',
        in: 'query',
        required: false,
        schema: { type: 'integer', format: 'int32', 'x-zstack-type': 'int', default: 3 },
      },
    ]);
  });
});
