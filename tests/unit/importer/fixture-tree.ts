import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCheckout, type ImportResult } from '../../../src/importer/import-checkout';

const FIXTURES = fileURLToPath(new URL('../../fixtures/zstack/', import.meta.url));

/** A checkout made of the shared base classes and one fixture tree, imported; the temp copy is removed. */
export function importFixture(name: string): ImportResult {
  const root = makeFixtureCheckout(name);
  try {
    return importCheckout(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The base classes plus the named fixture trees, copied into a new temporary directory. */
export function makeFixtureCheckout(...names: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'zstack-fixture-'));
  for (const name of ['base', ...names]) cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

/** The operation with this id in the generated documents, and its document. */
export function getGenerated(result: ImportResult, operationId: string) {
  for (const { fileName, doc } of result.documents) {
    for (const [path, item] of Object.entries(
      doc['paths'] as Record<string, Record<string, Record<string, unknown>>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation['operationId'] === operationId) return { fileName, doc, path, method, operation };
      }
    }
  }
  throw new Error(`no operation ${operationId}`);
}
