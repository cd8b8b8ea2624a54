import { describe, expect, it } from 'vitest';
import { formatSummary, getBlockingFindings, getFindingHref, makeLintReport, makeRuleGroups } from '../../src/lib/lint/report';
import type { Finding } from '../../src/lib/lint/types';
import { loadLintFixture } from '../fixtures/lint/load-fixture';

const finding: Finding = {
  severity: '错误',
  rule: 'example-undeclared',
  message: 'm',
  file: 'a.yaml',
  pointer: '/x',
  link: { operationId: 'FlattenVmInstance', fieldId: 'response.inventory.vmNics' },
};

describe('lint report', () => {
  it('prints the totals by severity, then one line per rule that found something', async () => {
    const report = makeLintReport(await loadLintFixture('description-mismatch'));
    expect(formatSummary(report)).toEqual([
      '文档质量报告：错误 0 条，警告 2 条，提示 2 条',
      '  提示 description-reused（描述被不同字段重复使用）：2 条',
      '  警告 description-mismatch（描述指向另一个概念）：2 条',
    ]);
  });

  it('blocks a strict build on errors and warnings, never on information', async () => {
    const report = makeLintReport(await loadLintFixture('description-mismatch'));
    expect(getBlockingFindings(report).map((f) => f.severity)).toEqual(['警告', '警告']);
    expect(getBlockingFindings(makeLintReport(await loadLintFixture('example-missing')))).toEqual([]);
  });

  it('links a finding to the field row of its operation page, or to nothing', () => {
    expect(getFindingHref('/', finding)).toBe('/api/FlattenVmInstance/#response.inventory.vmNics');
    expect(getFindingHref('/docs', { ...finding, link: { operationId: 'LogOut' } })).toBe('/docs/api/LogOut/');
    const { link: _link, ...unlinked } = finding;
    expect(getFindingHref('/', unlinked)).toBeUndefined();
  });

  it('groups the findings under every rule, in the order of the report', async () => {
    const groups = makeRuleGroups(makeLintReport(await loadLintFixture('example-undeclared')));
    expect(groups.map((g) => [g.rule, g.severity, g.findings.length])).toEqual([
      ['example-invalid', '错误', 0],
      ['example-undeclared', '错误', 1],
      ['example-missing-field', '提示', 0],
      ['description-missing', '警告', 0],
      ['description-reused', '提示', 0],
      ['description-mismatch', '警告', 0],
      ['since-later', '提示', 0],
      ['schema-unused', '警告', 0],
      ['pattern-backtracking', '警告', 0],
      ['handwritten-differs', '提示', 0],
    ]);
  });
});
