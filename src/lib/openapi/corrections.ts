import type { OperationModel } from './operation';
import type { FieldNode } from './schema';

/** One difference from ZStack's original reference page, for the quality report. */
export interface CorrectionItem {
  /** The row it concerns on the operation page, when it is a field's. */
  fieldId?: string;
  field?: string;
  original: string;
  corrected?: string;
  reason: string;
}

/**
 * Every correction an operation's page notes: the operation's own list
 * (x-zstack-doc-corrections) and the corrected fields' (x-zstack-doc-correction),
 * each field once even where a shared schema repeats it on several responses.
 */
export function getCorrections(op: OperationModel): CorrectionItem[] {
  const items: CorrectionItem[] = op.corrections.map((c) => ({ ...c }));
  const seen = new Set<string>();
  const visit = (fields: FieldNode[]) => {
    for (const field of fields) {
      if (field.correction) {
        const key = `${field.name}\u0000${field.correction.original}`;
        if (!seen.has(key)) {
          seen.add(key);
          items.push({ fieldId: field.id, field: field.name, original: field.correction.original, reason: field.correction.reason });
        }
      }
      visit(field.children);
    }
  };
  visit([...op.parameters.path, ...op.parameters.query, ...op.parameters.header, ...(op.body?.fields ?? [])]);
  for (const response of op.responses) visit(response.fields);
  return items;
}
