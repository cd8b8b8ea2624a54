import type { OperationModel } from '../openapi/operation';
import type { ParsedSpec } from '../openapi/parse';
import { isPlainObject } from '../schema/pointer';
import { findingMessages, rules } from './messages';
import type { Finding } from './types';

/**
 * The disagreements between ZStack's sources that the importer recorded on an operation
 * (`x-zstack-source-findings`): the Java declaration already won in the document, so each
 * is listed for review with the source file and line it came from.
 */
export function getSourceFindings(spec: ParsedSpec, operations: OperationModel[]): Finding[] {
  const findings: Finding[] = [];
  for (const op of operations.filter((o) => o.file === spec.file)) {
    const recorded = op.extensions['x-zstack-source-findings'];
    if (!Array.isArray(recorded)) continue;
    recorded.forEach((entry, i) => {
      if (!isPlainObject(entry)) return;
      const where = `${String(entry['file'] ?? '')}:${String(entry['line'] ?? '')}`;
      findings.push({
        severity: rules['source-disagreement'].severity,
        rule: 'source-disagreement',
        message: findingMessages.sourceDisagreement(where, String(entry['message'] ?? '')),
        file: spec.file,
        pointer: `${op.pointer}/x-zstack-source-findings/${i}`,
        link: { operationId: op.operationId },
      });
    });
  }
  return findings;
}
