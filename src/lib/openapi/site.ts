import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { makeCategories, makeNavFile, sortCategories, type NavCategory } from './nav';
import { CATEGORY_ORDER } from '../zstack/categories';
import { loadSpecDir, type SpecSet } from './load';
import type { SpecError } from './spec-error';
import type { OperationModel } from './operation';
import { withTrailingSlash } from '../base-url';
import { DEFAULT_PORTAL_ORIGIN } from './server-url';
import { timeStep } from '../build-stats';

/** Where the OpenAPI documents live, relative to the project root; `PORTAL_OPENAPI_DIR` overrides it. */
export const SPEC_DIR = process.env['PORTAL_OPENAPI_DIR'] ?? 'openapi';

/**
 * Where the loaded documents are kept for the whole process, by description
 * folder: the build's check (an integration, loaded with the config) and the
 * pages (Vite's SSR modules) are separate instances of this module, and load
 * them once between them.
 */
const SHARED = Symbol.for('zstack-portal.spec-sets');

/** Loads (or loads again) the project's OpenAPI documents, and shares the result with ensureSpecSet. Errors are values. */
export function loadSpecSet(root: string = process.cwd()): Promise<[SpecError, null] | [null, SpecSet]> {
  const portalOrigin = process.env['PORTAL_SITE'] ?? DEFAULT_PORTAL_ORIGIN;
  const dir = resolve(root, SPEC_DIR);
  const loading = timeStep('load', () => loadSpecDir(dir, root, { portalOrigin }));
  getSharedSets().set(dir, loading);
  return loading;
}

/** The project's OpenAPI documents, loaded once per process; a fault is thrown as the SpecError. */
export async function ensureSpecSet(root: string = process.cwd()): Promise<SpecSet> {
  const [error, set] = await (getSharedSets().get(resolve(root, SPEC_DIR)) ?? loadSpecSet(root));
  if (error) throw error;
  return set;
}

/** One static path per operation, for the pages and files made per operation (Astro's getStaticPaths). */
export async function getOperationPaths(): Promise<Array<{ params: { operationId: string }; props: { op: OperationModel } }>> {
  const { operations } = await ensureSpecSet();
  return operations.map((op) => ({ params: { operationId: op.operationId }, props: { op } }));
}

export function getOperationHref(base: string, operationId: string): string {
  return `${withTrailingSlash(base)}api/${operationId}/`;
}

function getSharedSets(): Map<string, Promise<[SpecError, null] | [null, SpecSet]>> {
  const holder = globalThis as { [SHARED]?: Map<string, Promise<[SpecError, null] | [null, SpecSet]>> };
  holder[SHARED] ??= new Map();
  return holder[SHARED];
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
    const categories = sortCategories(makeCategories(operations), CATEGORY_ORDER);
    const file = JSON.stringify(makeNavFile(categories));
    return { categories, file, hash: createHash('sha256').update(file).digest('hex').slice(0, 12) };
  });
  return navData;
}

export function getNavHref(base: string, hash: string): string {
  return `${withTrailingSlash(base)}nav/${hash}.json`;
}
