import { withTrailingSlash } from '../base-url';
// The site's list of operations by ZStack category (x-zstack-category): the
// sidebar, the index, the category pages and the shared /nav/<hash>.json.
// Pure, and safe in the browser: the sidebar's filter runs the same code.

import type { OperationModel } from './operation';
import { siteStrings } from '../i18n/first-load';

/** Operations per page of a category (/api/categories/<id>/): a category of any size gives pages of bounded weight. */
export const CATEGORY_PAGE_SIZE = 100;

/** One operation as the navigation shows it. */
export interface NavOperation {
  operationId: string;
  summary: string;
  method: string;
  path: string;
}

/** A leaf category: the operations whose x-zstack-category is exactly `path`. */
export interface NavCategory {
  /** Stable for a category path whatever else the description holds: it names the category's page. */
  id: string;
  path: string[];
  name: string;
  operations: NavOperation[];
}

const UNCATEGORISED = [siteStrings.uncategorised];

/** Groups operations by their whole category path, categories and operations in order of appearance. */
export function makeCategories(operations: Array<Pick<OperationModel, 'operationId' | 'summary' | 'method' | 'path' | 'category'>>): NavCategory[] {
  const byKey = new Map<string, NavCategory>();
  for (const op of operations) {
    const path = getCategoryPath(op.category);
    const key = path.join('\u0000');
    let category = byKey.get(key);
    if (!category) {
      category = { id: getCategoryId(path), path, name: path.at(-1)!, operations: [] };
      byKey.set(key, category);
    }
    category.operations.push({ operationId: op.operationId, summary: op.summary, method: op.method, path: op.path });
  }
  return [...byKey.values()];
}

/**
 * The categories in a given order of their paths (ZStack's manual: the importer's CATEGORY_ORDER), those not in it
 * after, in order of appearance: files are read by name, and the generated ones are named by English codes, so the
 * order of appearance put 访问控制列表 before 云主机.
 */
export function sortCategories(categories: NavCategory[], order: readonly string[][]): NavCategory[] {
  const rank = new Map(order.map((path, i) => [path.join('\u0000'), i]));
  const rankOf = (category: NavCategory) => rank.get(category.path.join('\u0000')) ?? order.length;
  return categories
    .map((category, i) => ({ category, i }))
    .sort((a, b) => rankOf(a.category) - rankOf(b.category) || a.i - b.i)
    .map(({ category }) => category);
}

/** An operation's category path: its x-zstack-category, or 其他接口 without one. */
export function getCategoryPath(category: string[]): string[] {
  return category.length > 0 ? category : UNCATEGORISED;
}

/** Categories under the same first part of their path, for headings on the index. */
export function groupByTop(categories: NavCategory[]): Array<{ name: string; categories: NavCategory[] }> {
  const groups = new Map<string, NavCategory[]>();
  for (const category of categories) {
    const top = category.path.length > 1 ? category.path[0]! : '';
    groups.set(top, [...(groups.get(top) ?? []), category]);
  }
  return [...groups].map(([name, list]) => ({ name, categories: list }));
}

/**
 * A short id for a category path (FNV-1a, 32 bits, in base 36): an address
 * needs only to be stable and distinct among a few hundred categories, and
 * the browser must be able to compute it too, so no node:crypto here.
 */
export function getCategoryId(path: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of path.join('/')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `c${hash.toString(36)}`;
}

export function getCategoryHref(base: string, id: string): string {
  return `${withTrailingSlash(base)}api/categories/${id}/`;
}

/** The shared navigation file: categories with operations as compact tuples (it is fetched by every page once). */
export type NavFile = Array<[id: string, path: string[], operations: Array<[operationId: string, summary: string, method: string, path: string]>]>;

export function makeNavFile(categories: NavCategory[]): NavFile {
  return categories.map((c) => [c.id, c.path, c.operations.map((op) => [op.operationId, op.summary, op.method, op.path])]);
}

export function readNavFile(file: unknown): NavCategory[] {
  if (!Array.isArray(file)) return [];
  return (file as NavFile).map(([id, path, ops]) => ({
    id: String(id),
    path: path.map(String),
    name: String(path.at(-1) ?? ''),
    operations: ops.map(([operationId, summary, method, opPath]) => ({ operationId: String(operationId), summary: String(summary), method: String(method), path: String(opPath) })),
  }));
}

/**
 * The operations a filter text matches: every word of it (split on blanks)
 * must occur, case-insensitively, in the Chinese title, the API name, the
 * path or the category. Plain substring tests: linear in the text, whatever
 * the reader types.
 */
export function filterCategories(categories: NavCategory[], text: string): Array<{ category: NavCategory; operations: NavOperation[] }> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return categories.map((category) => ({ category, operations: category.operations }));
  const found: Array<{ category: NavCategory; operations: NavOperation[] }> = [];
  for (const category of categories) {
    const where = category.path.join('/').toLowerCase();
    const operations = category.operations.filter((op) => {
      const haystack = `${op.summary}\n${op.operationId}\n${op.method} ${op.path}\n${where}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    if (operations.length > 0) found.push({ category, operations });
  }
  return found;
}
