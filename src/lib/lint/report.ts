import type { SpecSet } from '../openapi/load';
import type { OperationModel } from '../openapi/operation';
import { withTrailingSlash } from '../base-url';
import { strings } from '../i18n';
import { timeStep } from '../build-stats';
import { getOperationHref } from '../openapi/site';
import { getDescriptionFindings } from './description-rules';
import { getExampleFindings } from './example-rules';
import { getHandwrittenFindings } from './handwritten-rules';
import { getFieldRows, type FieldRow } from './field-rows';
import { findingMessages, rules } from './messages';
import { getPatternFindings } from './pattern-rules';
import { getUnusedSchemaFindings } from './schema-rules';
import { getSinceFindings } from './since-rules';
import { getSourceFindings } from './source-rules';
import type { Finding, LintReport, RuleId, Severity } from './types';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/**
 * Findings per page of a rule on the /quality/ report: pages of bounded weight
 * (about 100 KB of HTML) whatever the size of the description.
 */
export const FINDINGS_PER_PAGE = 200;
/** The reports made in this process, by set of documents: shared by the build's check and the /quality/ pages. */
const SHARED = Symbol.for('zstack-portal.lint-reports');

/**
 * The report of a set of documents, made once per process: the build's check
 * prints its summary, the /quality/ pages show it (each a separate instance of
 * this module, see ensureSpecSet).
 */
export function ensureLintReport(set: SpecSet): LintReport {
  const holder = globalThis as { [SHARED]?: WeakMap<SpecSet, LintReport> };
  const reports = (holder[SHARED] ??= new WeakMap());
  let report = reports.get(set);
  if (!report) {
    report = timeStep('lint', () => makeLintReport(set));
    reports.set(set, report);
  }
  return report;
}

/** Every finding of every document, ordered by rule (as `rules` lists them), then as found. */
export function makeLintReport(set: SpecSet): LintReport {
  const rowCache = new Map<OperationModel, FieldRow[]>();
  const findings: Finding[] = [];
  const byFile = new Map(set.specs.map((spec) => [spec.file, spec]));
  const rowsOf = (op: OperationModel) =>
    rowCache.get(op) ?? rowCache.set(op, getFieldRows(op, byFile.get(op.file)!.doc)).get(op)!;
  for (const spec of set.specs) {
    const rows = set.operations.filter((op) => op.file === spec.file).flatMap(rowsOf);
    const getLink = (pointer: string) => {
      const row = rows.find((r) => r.pointer === pointer);
      return row ? { operationId: row.operationId, fieldId: row.id } : undefined;
    };
    findings.push(
      ...getExampleFindings(spec, set.operations),
      ...getDescriptionFindings(spec, getLink),
      ...getSinceFindings(spec, set.operations, rowsOf),
      ...getUnusedSchemaFindings(spec),
      ...getPatternFindings(spec),
      ...getSourceFindings(spec, set.operations),
    );
  }
  const byId = new Map(set.operations.map((op) => [op.operationId, op]));
  findings.push(...getHandwrittenFindings(set.differences, (id) => (byId.has(id) ? rowsOf(byId.get(id)!) : [])));
  const order = Object.keys(rules);
  // sort is stable: within a rule, findings keep the order they were found in.
  return { findings: findings.sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule)) };
}

/** Counts by severity, and by rule for the rules that found something (in the order of `rules`). */
export function getSummary(report: LintReport) {
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  const byRule = (Object.keys(rules) as RuleId[])
    .map((rule) => ({
      rule,
      severity: rules[rule].severity,
      count: report.findings.filter((f) => f.rule === rule).length,
    }))
    .filter((r) => r.count > 0);
  return { bySeverity, byRule };
}

/** The lines the build prints: the totals, then one line per rule. */
export function formatSummary(report: LintReport): string[] {
  const { bySeverity, byRule } = getSummary(report);
  return [
    findingMessages.summaryHead(bySeverity),
    ...byRule.map((r) =>
      findingMessages.summaryRule(strings.lint.severities[r.severity], r.rule, rules[r.rule].title, r.count),
    ),
  ];
}

/** The findings that fail a strict build: every error and warning. */
export function getBlockingFindings(report: LintReport): Finding[] {
  return report.findings.filter((f) => f.severity !== 'info');
}

/** How a finding of a strict build's failure is printed: its severity's label, the rule, where, and the message. */
export function formatBlockingFinding(finding: Finding): string {
  return strings.lint.findings.blocking(
    strings.lint.severities[finding.severity],
    finding.rule,
    `${finding.file}#${finding.pointer}`,
    finding.message,
  );
}

/** `/api/<operationId>/#<field id>`, or undefined for a finding no page shows. */
export function getFindingHref(base: string, finding: Finding): string | undefined {
  if (!finding.link) return undefined;
  const page = getOperationHref(base, finding.link.operationId);
  return finding.link.fieldId ? `${page}#${finding.link.fieldId}` : page;
}

/** The report as the /quality/ pages show it: every rule (those without findings too), with its findings and their pages. */
export function makeRuleGroups(report: LintReport) {
  const byRule = new Map<RuleId, Finding[]>();
  for (const finding of report.findings) {
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  return (Object.keys(rules) as RuleId[]).map((rule) => {
    const findings = byRule.get(rule) ?? [];
    return {
      rule,
      ...rules[rule],
      severityLabel: strings.lint.severities[rules[rule].severity],
      findings,
      pages: Math.ceil(findings.length / FINDINGS_PER_PAGE),
    };
  });
}

/** `/quality/<rule>/`, or `/quality/<rule>/<n>/` for its n-th page of findings. */
export function getRulePageHref(base: string, rule: RuleId, page = 1): string {
  return `${withTrailingSlash(base)}quality/${rule}/${page > 1 ? `${page}/` : ''}`;
}

export type RuleGroup = ReturnType<typeof makeRuleGroups>[number];
