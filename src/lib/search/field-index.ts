// The field index: every field row of every operation, by the field's name, for the search dialog's field
// queries (`lastVmInstanceUuid`, `FlattenVmInstance lastVmInstanceUuid`). Pagefind finds a field too (its rows are
// indexed as sub-results, src/server/search-index.ts), but at 5,000 operations a name shared by thousands of pages
// takes it about a second to rank; a name is an exact key here, so one small file answers it, and every
// operation that has the field is listed, not only Pagefind's best pages. Ours, not a library's: what it indexes
// is our model of the fields (FieldNode), and the lookup is a prefix match on a sorted list of names.
//
// Files, under FIELD_INDEX_FOLDER: `index.json` (the manifest: the operations, each with its summary, and every
// key, sorted) and one `<key>.json` per key (its rows, each with the operations that have it). Pure: the build
// writes them (src/server/field-index.ts), the dialog reads them (src/components/ui/search-element.ts).

import type { FieldNode } from '../openapi/schema';
import type { OperationModel } from '../openapi/operation';

export const FIELD_INDEX_FOLDER = 'search-fields/';
export const FIELD_INDEX_MANIFEST = 'index.json';
/** Longest description kept for a row's excerpt, in characters. */
const EXCERPT_LENGTH = 60;
/** Names a prefix may stand for (the exact name first, then the shortest): each is a file to fetch. */
const MAX_KEYS = 4;
/** A prefix shorter than this matches only a whole name: `la` would fetch every `last…` field's file. */
const MIN_PREFIX = 3;

export interface FieldIndexManifest {
  /** `[operationId, summary]`, in the order the rows' operation numbers refer to. */
  operations: Array<[string, string]>;
  /** Every key (getFieldKey of a field's name), sorted. */
  keys: string[];
}

/** A row: its deep-link id, its name and type, its description's start, and the numbers of the operations that have it (ascending, each as the difference from the one before). */
export type FieldIndexRow = [id: string, name: string, type: string, excerpt: string, operations: number[]];

export interface FieldKeyFile {
  rows: FieldIndexRow[];
}

/** One hit: a row of an operation. */
export interface FieldHit {
  operationId: string;
  summary: string;
  id: string;
  name: string;
  type: string;
  excerpt: string;
}

/** A name as the index and the query compare it: lower case, letters and digits only (`lastVmInstanceUuid` → `lastvminstanceuuid`). */
export function getFieldKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Every field row of an operation, once each (its parameters, body and responses, shared inventories included),
 * in the page's order: what the page shows, and what both search indexes list.
 */
export function getFieldRows(op: OperationModel): FieldNode[] {
  const roots = [
    ...op.parameters.path,
    ...op.parameters.query,
    ...op.parameters.header,
    ...(op.body?.fields ?? []),
    ...op.responses.flatMap((response) => response.fields),
  ];
  const seen = new Map<string, FieldNode>();
  const visit = (field: FieldNode) => {
    if (seen.has(field.id)) return;
    seen.set(field.id, field);
    field.children.forEach(visit);
  };
  roots.forEach(visit);
  return [...seen.values()];
}

/** The manifest and the file of each key, for these operations. */
export function makeFieldIndex(operations: OperationModel[]): {
  manifest: FieldIndexManifest;
  files: Map<string, FieldKeyFile>;
} {
  // key → row (by id, type and name) → the row and its operations.
  const byKey = new Map<string, Map<string, { row: FieldIndexRow; numbers: number[] }>>();
  operations.forEach((op, number) => {
    for (const field of getFieldRows(op)) {
      const key = getFieldKey(field.name);
      if (key === '') continue;
      let rows = byKey.get(key);
      if (!rows) byKey.set(key, (rows = new Map()));
      const rowKey = `${field.id}\u0000${field.name}\u0000${field.type}`;
      let entry = rows.get(rowKey);
      if (!entry) {
        entry = { row: [field.id, field.name, field.type, toExcerpt(field.description), []], numbers: [] };
        rows.set(rowKey, entry);
      }
      entry.numbers.push(number);
    }
  });
  const files = new Map<string, FieldKeyFile>();
  for (const [key, rows] of byKey) {
    files.set(key, {
      rows: [...rows.values()].map(({ row, numbers }) => [row[0], row[1], row[2], row[3], toDeltas(numbers)]),
    });
  }
  return {
    manifest: { operations: operations.map((op) => [op.operationId, op.summary]), keys: [...files.keys()].sort() },
    files,
  };
}

/**
 * What a query asks of the field index: the operations it names (its words that are operation ids, exactly) and the
 * one other word, a field's name or the start of one. Undefined when the query is not of that shape (no such word,
 * two of them, or a word that is not Latin letters and digits): Pagefind answers those.
 */
export function parseFieldQuery(
  manifest: FieldIndexManifest,
  words: string[],
): { operations: Set<number>; term: string } | undefined {
  const ids = new Map(manifest.operations.map(([id], number) => [id.toLowerCase(), number]));
  const operations = new Set<number>();
  const others: string[] = [];
  for (const word of words) {
    const number = ids.get(word.toLowerCase());
    if (number !== undefined) operations.add(number);
    else others.push(word);
  }
  if (others.length !== 1) return undefined;
  const term = others[0]!;
  if (!/^[A-Za-z0-9]+$/.test(term)) return undefined;
  return { operations, term: getFieldKey(term) };
}

/**
 * The keys the term stands for: itself if it is one (`exact`), then (from MIN_PREFIX letters) the shortest keys
 * it starts.
 */
export function matchFieldKeys(manifest: FieldIndexManifest, term: string): { keys: string[]; exact: boolean } {
  const { keys } = manifest;
  const start = binarySearch(keys, term);
  const exact = start < keys.length && keys[start] === term;
  if (term.length < MIN_PREFIX) return { keys: exact ? [term] : [], exact };
  const prefixed: string[] = [];
  for (let at = exact ? start + 1 : start; at < keys.length && keys[at]!.startsWith(term); at++)
    prefixed.push(keys[at]!);
  prefixed.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return { keys: [...(exact ? [term] : []), ...prefixed].slice(0, MAX_KEYS), exact };
}

/**
 * The hits of the keys' files, best first: the reader's own operation, then the operations the query names, then
 * every other in the manifest's order; within an operation the keys' order (the exact name first), then the
 * shallower row. At most `perOperation` rows of one operation, `limit` in all; `total` counts every hit of the
 * operations asked for.
 */
export function getFieldHits(
  manifest: FieldIndexManifest,
  files: FieldKeyFile[],
  {
    operations: named,
    here,
    limit,
    perOperation,
  }: { operations: Set<number>; here?: string; limit: number; perOperation: number },
): { hits: FieldHit[]; total: number } {
  const rowsOf = new Map<number, Array<{ row: FieldIndexRow; rank: number }>>();
  files.forEach((file, rank) => {
    for (const row of file.rows) {
      let number = 0;
      for (const delta of row[4]) {
        number += delta;
        if (named.size > 0 && !named.has(number)) continue;
        let rows = rowsOf.get(number);
        if (!rows) rowsOf.set(number, (rows = []));
        rows.push({ row, rank });
      }
    }
  });
  let total = 0;
  for (const rows of rowsOf.values()) total += rows.length;
  const hereNumber = here === undefined ? -1 : manifest.operations.findIndex(([id]) => id === here);
  // After the reader's own operation and those named: the operations where the field is least deep first. A field
  // of the resource itself (QueryVolume's inventories.lastVmInstanceUuid) before one of a nested resource
  // (inventory.allVolumes.lastVmInstanceUuid in 50 VM operations), which filled the list before.
  const shallowest = new Map(
    [...rowsOf].map(([number, rows]) => [number, Math.min(...rows.map(({ row }) => depth(row[0])))]),
  );
  const order = [...rowsOf.keys()].sort(
    (a, b) =>
      Number(b === hereNumber) - Number(a === hereNumber) ||
      Number(named.has(b)) - Number(named.has(a)) ||
      shallowest.get(a)! - shallowest.get(b)! ||
      a - b,
  );
  const hits: FieldHit[] = [];
  for (const number of order) {
    const [operationId, summary] = manifest.operations[number]!;
    const rows = rowsOf
      .get(number)!
      .sort((a, b) => a.rank - b.rank || depth(a.row[0]) - depth(b.row[0]))
      .slice(0, perOperation);
    for (const { row } of rows) {
      hits.push({ operationId, summary, id: row[0], name: row[1], type: row[2], excerpt: row[3] });
      if (hits.length === limit) return { hits, total };
    }
  }
  return { hits, total };
}

function toExcerpt(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH)}…`;
}

function toDeltas(numbers: number[]): number[] {
  return numbers.map((number, at) => (at === 0 ? number : number - numbers[at - 1]!));
}

function depth(id: string): number {
  return id.split('.').length;
}

/** The first position whose key is not below `term`. */
function binarySearch(keys: string[], term: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < term) low = mid + 1;
    else high = mid;
  }
  return low;
}
