import type { HandwrittenDifference } from '../openapi/merge';
import type { FieldRow } from './field-rows';
import { findingMessages, rules } from './messages';
import type { Finding } from './types';

const MAX_VALUE_CHARS = 80;

/**
 * Where a hand-written operation and the generated one it overrides state a
 * fact differently: the page shows the hand-written one; a reviewer decides
 * which is right (and corrects the importer's source or the hand-written text).
 */
export function getHandwrittenFindings(
  differences: HandwrittenDifference[],
  rowsOf: (operationId: string) => FieldRow[],
): Finding[] {
  return differences.map((d) => {
    const row = rowsOf(d.operationId).find((r) => r.pointer === d.handwritten.pointer.replace(/\/[^/]+$/, ''));
    return {
      severity: rules['handwritten-differs'].severity,
      rule: 'handwritten-differs',
      message: findingMessages.handwrittenDiffers(
        d.operationId,
        d.key,
        formatValue(d.handwritten.value),
        formatValue(d.generated.value),
      ),
      file: d.handwritten.file,
      pointer: d.handwritten.pointer,
      link: row ? { operationId: d.operationId, fieldId: row.id } : { operationId: d.operationId },
      other: { file: d.generated.file, pointer: d.generated.pointer },
    };
  });
}

function formatValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}
