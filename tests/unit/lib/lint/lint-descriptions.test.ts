import { describe, expect, it } from 'vitest';
import { getFixtureFindings as getFindings } from '../../../fixtures/lint/load-fixture';

describe('description rules', () => {
  it('warns about placeholder, punctuation-only, blank and absent descriptions, but not about a bare $ref', async () => {
    expect(
      (await getFindings('description-missing', 'description-missing')).map((f) => [
        f.severity,
        f.message,
        f.pointer,
        f.link?.fieldId,
      ]),
    ).toEqual([
      ['warning', '字段 uuid 没有描述', '/paths/~1hosts~1{uuid}/get/parameters/0', 'path.uuid'],
      [
        'warning',
        '字段 cpuSockets 的描述「暂无描述。」不是真正的描述',
        '/components/schemas/Host/properties/cpuSockets',
        'response.inventory.cpuSockets',
      ],
      ['warning', '字段 memory 没有描述', '/components/schemas/Host/properties/memory', 'response.inventory.memory'],
      ['warning', '字段 status 没有描述', '/components/schemas/Host/properties/status', 'response.inventory.status'],
      ['warning', '字段 state 没有描述', '/components/schemas/Host/properties/state', 'response.inventory.state'],
    ]);
  });

  it('notes one text on two different names, ignoring trailing punctuation, related names and boilerplate', async () => {
    expect(
      (await getFindings('description-reused', 'description-reused')).map((f) => [
        f.severity,
        f.message,
        f.link?.fieldId,
      ]),
    ).toEqual([
      ['info', '字段 zoneUuid 的描述「区域UUID。」也用在了 clusterUuid 上', 'response.zoneUuid'],
      ['info', '字段 clusterUuid 的描述「区域UUID」也用在了 zoneUuid 上', 'response.clusterUuid'],
    ]);
  });

  it('does not count the description a bare $ref takes from its schema as reused', async () => {
    expect(await getFindings('example-recursive', 'description-reused')).toEqual([]);
  });

  it('warns when a description names a source or a record count that the field name does not', async () => {
    expect(
      (await getFindings('description-mismatch', 'description-mismatch')).map((f) => [
        f.severity,
        f.message,
        f.pointer,
      ]),
    ).toEqual([
      [
        'warning',
        '字段 ip 的描述「来源IP地址。」提到“来源”，字段名中却没有对应的词',
        '/components/schemas/Nic/properties/ip',
      ],
      [
        'warning',
        '字段 size 的描述「返回记录数。」提到“返回记录数”，字段名中却没有对应的词',
        '/components/schemas/Nic/properties/size',
      ],
    ]);
  });
});
