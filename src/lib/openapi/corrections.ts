import { withTrailingSlash } from '../base-url';
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
 * each field once even where a shared schema repeats it on several responses;
 * each with the row it concerns, where the page has one.
 */
export function getCorrections(op: OperationModel): CorrectionItem[] {
  const items: CorrectionItem[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  const visit = (fields: FieldNode[]) => {
    for (const field of fields) {
      ids.add(field.id);
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
  // The operation's list names a field by its row id where it has one (body.systemTags); it comes first.
  const own = op.corrections.map((c) => (c.field && ids.has(c.field) ? { ...c, fieldId: c.field } : { ...c }));
  return [...own, ...items];
}

/** Operations per page of the corrections list (/quality/corrections/): pages of bounded weight whatever the description's size. */
export const CORRECTED_OPERATIONS_PER_PAGE = 50;

const correctionPages = new WeakMap<OperationModel[], CorrectionPages>();

/** The operations with corrections, in order, with their corrections and the page each is listed on; made once per list. */
export function getCorrectionPages(operations: OperationModel[]): CorrectionPages {
  let pages = correctionPages.get(operations);
  if (!pages) {
    const listed = operations.map((op) => ({ op, items: getCorrections(op) })).filter((o) => o.items.length > 0);
    pages = {
      listed,
      count: listed.reduce((sum, o) => sum + o.items.length, 0),
      pageOf: new Map(listed.map(({ op }, i) => [op.operationId, Math.floor(i / CORRECTED_OPERATIONS_PER_PAGE) + 1])),
    };
    correctionPages.set(operations, pages);
  }
  return pages;
}

/** `/quality/corrections/` or its n-th page, at the operation's list when one is given. */
export function getCorrectionsHref(base: string, page = 1, operationId?: string): string {
  const path = `${withTrailingSlash(base)}quality/corrections/${page > 1 ? `${page}/` : ''}`;
  return operationId ? `${path}#corrections-${operationId}` : path;
}

export interface CorrectionPages {
  listed: Array<{ op: OperationModel; items: CorrectionItem[] }>;
  /** How many corrections, over all operations. */
  count: number;
  /** The page (from 1) that lists an operation's corrections, by operationId. */
  pageOf: Map<string, number>;
}
