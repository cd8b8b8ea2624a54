import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { makeCategories, makeNavFile, type NavCategory } from './nav';
import { loadSpecDir, type SpecSet } from './load';
import type { OperationModel } from './operation';

/** Where the OpenAPI documents live, relative to the project root; `PORTAL_OPENAPI_DIR` overrides it. */
export const SPEC_DIR = process.env['PORTAL_OPENAPI_DIR'] ?? 'openapi';

let specSet: Promise<SpecSet> | undefined;

/** Loads the project's OpenAPI documents once per process; a fault is thrown as the SpecError. */
export function ensureSpecSet(root: string = process.cwd()): Promise<SpecSet> {
  specSet ??= loadSpecDir(resolve(root, SPEC_DIR), root).then(([error, set]) => {
    if (error) throw error;
    return set;
  });
  return specSet;
}

/** One static path per operation, for the pages and files made per operation (Astro's getStaticPaths). */
export async function getOperationPaths(): Promise<Array<{ params: { operationId: string }; props: { op: OperationModel } }>> {
  const { operations } = await ensureSpecSet();
  return operations.map((op) => ({ params: { operationId: op.operationId }, props: { op } }));
}

export function getOperationHref(base: string, operationId: string): string {
  return `${base.replace(/\/?$/, '/')}api/${operationId}/`;
}

let navData: Promise<NavData> | undefined;

export interface NavData {
  categories: NavCategory[];
  /** The shared list every page's sidebar fetches: /nav/<hash>.json, so it can be cached for good. */
  file: string;
  hash: string;
}

/** The categories and the shared navigation file, made once per build. */
export function ensureNavData(): Promise<NavData> {
  navData ??= ensureSpecSet().then(({ operations }) => {
    const categories = makeCategories(operations);
    const file = JSON.stringify(makeNavFile(categories));
    return { categories, file, hash: createHash('sha256').update(file).digest('hex').slice(0, 12) };
  });
  return navData;
}

export function getNavHref(base: string, hash: string): string {
  return `${base.replace(/\/?$/, '/')}nav/${hash}.json`;
}
