import { describe, expect, it, vi } from 'vitest';
import {
  formatBlockingFinding,
  formatSummary,
  getBlockingFindings,
  ensureLintReport,
  FINDINGS_PER_PAGE,
  getFindingHref,
  getRulePageHref,
  makeLintReport,
  makeRuleGroups,
} from '../../../../src/lib/lint/report';
import { getBuildStats } from '../../../../src/lib/build-stats';
import type { Finding } from '../../../../src/lib/lint/types';
import { loadLintFixture } from '../../../fixtures/lint/load-fixture';

const finding: Finding = {
  severity: 'error',
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
    expect(getBlockingFindings(report).map((f) => f.severity)).toEqual(['warning', 'warning']);
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
      ['example-invalid', 'error', 0],
      ['example-undeclared', 'error', 1],
      ['example-missing-field', 'info', 0],
      ['description-missing', 'warning', 0],
      ['description-reused', 'info', 0],
      ['description-mismatch', 'warning', 0],
      ['since-later', 'info', 0],
      ['schema-unused', 'warning', 0],
      ['pattern-backtracking', 'warning', 0],
      ['handwritten-differs', 'info', 0],
      ['source-disagreement', 'info', 0],
    ]);
  });

  it('counts the pages of each rule, at most FINDINGS_PER_PAGE findings a page, and links them', () => {
    const findings = Array.from({ length: FINDINGS_PER_PAGE * 2 + 1 }, (_, i) => ({ ...finding, pointer: `/x/${i}` }));
    const groups = makeRuleGroups({ findings: [...findings, { ...finding, rule: 'schema-unused' as const }] });
    const pages = Object.fromEntries(groups.map((g) => [g.rule, [g.findings.length, g.pages]]));
    expect(pages['example-undeclared']).toEqual([FINDINGS_PER_PAGE * 2 + 1, 3]);
    expect(pages['schema-unused']).toEqual([1, 1]);
    expect(pages['example-invalid']).toEqual([0, 0]);
    expect(getRulePageHref('/', 'schema-unused')).toBe('/quality/schema-unused/');
    expect(getRulePageHref('/docs', 'schema-unused', 3)).toBe('/docs/quality/schema-unused/3/');
  });

  it('makes the report of a set of documents once, for every instance of the module', async () => {
    const set = await loadLintFixture('example-undeclared');
    const before = getBuildStats().lint?.runs ?? 0;
    const report = ensureLintReport(set);
    expect(ensureLintReport(set)).toBe(report);
    // The build's check and the pages are separate instances of the module (see ensureSpecSet).
    vi.resetModules();
    const pagesInstance = await import('../../../../src/lib/lint/report');
    expect(pagesInstance.ensureLintReport(set)).toBe(report);
    expect(getBuildStats().lint!.runs - before).toBe(1);
  });

  it('labels each severity code from the locale table', async () => {
    const groups = makeRuleGroups(makeLintReport(await loadLintFixture('example-undeclared')));
    expect(groups.map((g) => g.severityLabel)).toEqual([
      '错误',
      '错误',
      '提示',
      '警告',
      '提示',
      '警告',
      '提示',
      '警告',
      '警告',
      '提示',
      '提示',
    ]);
  });

  it('prints a finding that fails a strict build with the label of its severity', () => {
    expect(formatBlockingFinding(finding)).toBe('  错误 example-undeclared a.yaml#/x：m');
  });
});
