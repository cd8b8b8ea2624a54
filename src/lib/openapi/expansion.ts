import { messages } from '../messages';
import { getPointer, isPlainObject } from '../schema/pointer';
import { SpecError } from './spec-error';

/**
 * Field rows one operation may expand to. A named schema is expanded once per
 * tree (see makeFieldNode), so only a document this large in itself reaches it;
 * FlattenVmInstance has about 110 rows, a 5,000-property inventory 5,000.
 */
export const MAX_FIELD_ROWS_PER_OPERATION = 20_000;
/** Field rows of all operations together: the pages' size grows with it (the 1,000-operation benchmark has about 110,000, the 5,000-operation one about 550,000). */
export const MAX_FIELD_ROWS = 2_000_000;
/**
 * A document's size once YAML aliases are expanded, in characters (strings and
 * keys, plus one per value): four times the file plus 8 MiB. Anchors that merely
 * share a few schemas stay far below; a 1 MB anchor repeated 90 times does not.
 */
const EXPANDED_FACTOR = 4;
const EXPANDED_BASE = 8 * 1024 * 1024;

export interface FieldBudget {
  /** Counts one more row of the operation being expanded; throws the SpecError when a bound is passed. */
  take: (file: string, pointer: string) => void;
  /** Starts counting a new operation's rows. */
  startOperation: () => void;
}

/** One budget per set of documents: every operation's rows, and all of them together. */
export function makeFieldBudget(perOperation = MAX_FIELD_ROWS_PER_OPERATION, total = MAX_FIELD_ROWS): FieldBudget {
  let operationRows = 0;
  let allRows = 0;
  return {
    startOperation: () => {
      operationRows = 0;
    },
    take: (file, pointer) => {
      operationRows += 1;
      allRows += 1;
      if (operationRows > perOperation) throw new SpecError(file, pointer, messages.specTooManyFieldRows(perOperation));
      if (allRows > total) throw new SpecError(file, pointer, messages.specTooManyFieldRowsTotal(total));
    },
  };
}

/** The most characters a document read from `sourceLength` characters may expand to. */
export function getExpansionLimit(sourceLength: number): number {
  return EXPANDED_BASE + EXPANDED_FACTOR * sourceLength;
}

/**
 * The JSON pointer of the node at which a document's expanded size passes
 * `limit`, or null. The walk stops there, so it costs at most `limit` steps
 * however far aliases would expand the document.
 */
export function findOverExpanded(root: unknown, limit: number): string | null {
  let size = 0;
  const path: Array<string | number> = [];
  const walk = (value: unknown): boolean => {
    size += typeof value === 'string' ? value.length + 1 : 1;
    if (size > limit) return true;
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : isPlainObject(value) ? Object.entries(value) : [];
    for (const [key, child] of entries) {
      if (typeof key === 'string') size += key.length;
      path.push(key);
      if (walk(child)) return true;
      path.pop();
    }
    return false;
  };
  return walk(root) ? getPointer(path) : null;
}
