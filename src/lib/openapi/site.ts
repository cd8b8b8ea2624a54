import { resolve } from 'node:path';
import { loadSpecDir, type SpecSet } from './load';
import type { OperationModel } from './operation';
import { DEFAULT_PORTAL_ORIGIN } from './server-url';

/** Where the OpenAPI documents live, relative to the project root; `PORTAL_OPENAPI_DIR` overrides it. */
export const SPEC_DIR = process.env['PORTAL_OPENAPI_DIR'] ?? 'openapi';

let specSet: Promise<SpecSet> | undefined;

/** Loads the project's OpenAPI documents once per process; a fault is thrown as the SpecError. */
export function ensureSpecSet(root: string = process.cwd()): Promise<SpecSet> {
  const portalOrigin = process.env['PORTAL_SITE'] ?? DEFAULT_PORTAL_ORIGIN;
  specSet ??= loadSpecDir(resolve(root, SPEC_DIR), root, { portalOrigin }).then(([error, set]) => {
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

export interface NavGroup {
  name: string;
  groups: NavGroup[];
  operations: OperationModel[];
}

/** Groups operations by their ZStack category path (x-zstack-category), in order of appearance. */
export function makeNavTree(operations: OperationModel[]): NavGroup {
  const root: NavGroup = { name: '', groups: [], operations: [] };
  for (const op of operations) {
    let group = root;
    for (const name of op.category.length > 0 ? op.category : ['其他接口']) {
      let next = group.groups.find((g) => g.name === name);
      if (!next) {
        next = { name, groups: [], operations: [] };
        group.groups.push(next);
      }
      group = next;
    }
    group.operations.push(op);
  }
  return root;
}

export function getOperationHref(base: string, operationId: string): string {
  return `${base.replace(/\/?$/, '/')}api/${operationId}/`;
}
