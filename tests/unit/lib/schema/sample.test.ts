import { describe, expect, it } from 'vitest';
import {
  getExamplePathValue,
  isSampleable,
  sampleExample,
  sampleRequestExample,
} from '../../../../src/lib/schema/sample';
import { makeExampleTexts } from '../../../../src/lib/samples/inline';

const inventory = {
  type: 'object',
  properties: {
    uuid: { type: 'string' },
    l3NetworkUuids: { type: 'array', items: { type: 'string' } },
    createDate: { type: 'string', format: 'date-time' },
    state: { type: 'string', enum: ['Running', 'Stopped'] },
    cpuNum: { type: 'integer' },
  },
};
const root = {
  type: 'object',
  properties: { inventory: { $ref: '#/$defs/VmInventory' } },
  $defs: { VmInventory: inventory },
};

describe('examples sampled from a schema', () => {
  it('writes uuids, lists of uuids and Timestamps in ZStack’s forms, the same on every call', () => {
    const expected = {
      inventory: {
        uuid: '0123456789abcdef0123456789abcdef',
        l3NetworkUuids: ['0123456789abcdef0123456789abcdef'],
        createDate: 'Nov 14, 2017 10:20:57 PM',
        state: 'Running',
        cpuNum: 0,
      },
    };
    expect(sampleExample(root)).toEqual(expected);
    expect(sampleExample(root)).toEqual(expected);
  });

  it('gives a string, a number or a boolean below the depth limit a value, not null', () => {
    // A Map<String, List<String>> two levels down, as CreateVmInstance's params.dataVolumeSystemTagsOnIndex is.
    const tags = { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } };
    const deep = {
      type: 'object',
      properties: { params: { type: 'object', properties: { tags } } },
    };
    const sampled = sampleExample(deep) as { params: { tags: Record<string, unknown[]> } };
    const lists = Object.values(sampled.params.tags);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) for (const item of list) expect(typeof item).toBe('string');
  });

  it('leaves a list of objects below the depth limit empty, and writes the uuids and dates of the objects it reaches', () => {
    // A query's VMs, their nics and the nics' used IPs, as ZStack's inventories nest them.
    const root = {
      $ref: '#/$defs/Reply',
      $defs: {
        Reply: { type: 'object', properties: { inventories: { type: 'array', items: { $ref: '#/$defs/Vm' } } } },
        Vm: {
          type: 'object',
          properties: { uuid: { type: 'string' }, nics: { type: 'array', items: { $ref: '#/$defs/Nic' } } },
        },
        Nic: {
          type: 'object',
          properties: {
            uuid: { type: 'string' },
            createDate: { type: 'string', 'x-zstack-type': 'Timestamp' },
            usedIps: { type: 'array', items: { $ref: '#/$defs/UsedIp' } },
          },
        },
        UsedIp: { type: 'object', properties: { ip: { type: 'string' } } },
      },
    };
    // The sampler cut these lists to [null], which the mock's own answer check refused (500).
    expect(sampleExample(root)).toEqual({ inventories: [{ uuid: '0123456789abcdef0123456789abcdef', nics: [] }] });
    // One VM, as the mock samples a resource: the nic at the limit has its own values, in ZStack's forms.
    expect(sampleExample(root, { $ref: '#/$defs/Vm' })).toEqual({
      uuid: '0123456789abcdef0123456789abcdef',
      nics: [{ uuid: '0123456789abcdef0123456789abcdef', createDate: 'Nov 14, 2017 10:20:57 PM', usedIps: [] }],
    });
  });

  it('samples a request body with its required fields only: an optional field’s placeholder is no value a server takes', () => {
    const tags = { type: 'array', items: { type: 'string' } };
    const body = {
      type: 'object',
      required: ['params'],
      properties: {
        params: {
          type: 'object',
          required: ['name', 'imageUuid'],
          properties: { name: { type: 'string' }, imageUuid: { type: 'string' }, cpuNum: { type: 'integer' } },
        },
        systemTags: tags,
      },
    };
    expect(sampleRequestExample(body)).toEqual({
      params: { name: 'string', imageUuid: '0123456789abcdef0123456789abcdef' },
    });
    // All optional (AttachL3NetworkToVm): nothing to send.
    expect(
      sampleRequestExample({ type: 'object', properties: { params: body.properties.params, systemTags: tags } }),
    ).toEqual({});
  });

  it('samples only a schema that declares properties or items', () => {
    expect([isSampleable(root), isSampleable({ type: 'object' }), isSampleable({ type: 'array', items: {} })]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('fills a path parameter without an example with a uuid placeholder or its name', () => {
    expect([getExamplePathValue('uuid'), getExamplePathValue('vmInstanceUuid'), getExamplePathValue('name')]).toEqual([
      '0123456789abcdef0123456789abcdef',
      '0123456789abcdef0123456789abcdef',
      'name',
    ]);
  });

  it('shows a response without an example sampled from its schema, labelled so, and keeps a given example as it is', () => {
    const texts = makeExampleTexts({
      isAsync: true,
      responses: [
        { status: '202', phase: 'submit', example: { location: 'http://localhost:8080/zstack/v1/api-jobs/x' } },
        { status: '200', phase: 'job', schema: root },
        { status: '503', phase: 'job', schema: { type: 'object' } },
      ],
    });
    expect(texts.map((t) => t.label)).toEqual(['202（提交请求）', '200（轮询任务结果）（按结构生成）']);
    expect(JSON.parse(texts[1]!.code)).toEqual(sampleExample(root));
  });
});
