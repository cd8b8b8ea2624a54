import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../src/lib/changelog';
import { getFixtureFindings } from '../../../fixtures/lint/load-fixture';

describe('since rule', () => {
  it('lists parameters and fields introduced after their operation, and neither older nor equal ones', async () => {
    const findings = await getFixtureFindings('since-later', 'since-later');
    expect(findings).toEqual([
      {
        severity: 'info',
        rule: 'since-later',
        message: '字段 groupBy 的起始版本 5.0.0 晚于操作 QueryVm 的起始版本 4.7.0',
        file: 'since-later.yaml',
        pointer: '/paths/~1vms/get/parameters/0',
        link: { operationId: 'QueryVm', fieldId: 'query.groupBy' },
      },
      {
        severity: 'info',
        rule: 'since-later',
        message: '字段 ipInBinary 的起始版本 4.10.0 晚于操作 QueryVm 的起始版本 4.7.0',
        file: 'since-later.yaml',
        pointer: '/components/schemas/Vm/properties/ipInBinary',
        link: { operationId: 'QueryVm', fieldId: 'response.ipInBinary' },
      },
    ]);
  });

  it('compares versions part by part as numbers', () => {
    expect(
      [compareVersions('4.10.0', '4.7.0'), compareVersions('0.6', '4.7.0'), compareVersions('5.2', '5.2.0')].map(
        Math.sign,
      ),
    ).toEqual([1, -1, 0]);
  });
});
