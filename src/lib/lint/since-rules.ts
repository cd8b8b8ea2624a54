import { compareVersions } from '../changelog';
import type { OperationModel } from '../openapi/operation';
import type { ParsedSpec } from '../openapi/parse';
import type { FieldRow } from './field-rows';
import { findingMessages, rules } from './messages';
import type { Finding } from './types';

/**
 * Fields introduced after their operation: normal for a field added later,
 * listed so that a reviewer checks the version. A field older than its
 * operation is not listed: shared inventories predate most APIs that return them.
 */
export function getSinceFindings(
  spec: ParsedSpec,
  operations: OperationModel[],
  rowsOf: (op: OperationModel) => FieldRow[],
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const op of operations.filter((o) => o.file === spec.file && o.since !== undefined)) {
    for (const row of rowsOf(op)) {
      if (!row.since || compareVersions(row.since, op.since!) <= 0 || seen.has(`${op.operationId}|${row.pointer}`))
        continue;
      seen.add(`${op.operationId}|${row.pointer}`);
      findings.push({
        severity: rules['since-later'].severity,
        rule: 'since-later',
        message: findingMessages.sinceLater(row.name, row.since, op.operationId, op.since!),
        file: spec.file,
        pointer: row.pointer,
        link: { operationId: op.operationId, fieldId: row.id },
      });
    }
  }
  return findings;
}
