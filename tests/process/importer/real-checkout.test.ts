import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCheckout, type ImportResult } from '../../../src/importer/import-checkout';
import { makeOperations, type OperationModel } from '../../../src/lib/openapi/operation';
import { parseSpec } from '../../../src/lib/openapi/parse';
import type { FieldNode } from '../../../src/lib/openapi/schema';
import { getGenerated } from '../../unit/importer/fixture-tree';

const CHECKOUT = process.env['ZSTACK_SOURCE'];
const TITLE = CHECKOUT
  ? `a real ZStack checkout (${CHECKOUT})`
  : 'a real ZStack checkout — skipped: set ZSTACK_SOURCE to a checkout to run it';

describe.skipIf(!CHECKOUT)(TITLE, () => {
  let cached: ImportResult | undefined;
  const getResult = () => (cached ??= importCheckout(CHECKOUT!));

  it('imports every @RestRequest class of the checkout or lists it as skipped with a reason', () => {
    const result = getResult();
    const declared = findAnnotatedClasses(CHECKOUT!);
    const imported = result.apis.map((a) => a.className);
    const skipped = result.skipped.map((s) => s.className);
    expect([...imported, ...skipped].sort()).toEqual(declared.sort());
    expect(result.skipped.filter((s) => s.reason.trim() === '')).toEqual([]);
    expect(result.found).toBe(declared.length);
  }, 120_000);

  it('describes FlattenVmInstance as the hand-written openapi/zstack-vm.yaml does: method, path, action key, parameters, types, defaults, asynchrony', async () => {
    const generated = getGenerated(getResult(), 'FlattenVmInstance');
    const ours = await getOperation(
      'generated.yaml',
      stringify(generated.doc, { aliasDuplicateObjects: false }),
      'FlattenVmInstance',
    );
    const theirs = await getOperation(
      'openapi/zstack-vm.yaml',
      readFileSync(new URL('../../../openapi/zstack-vm.yaml', import.meta.url), 'utf8'),
      'FlattenVmInstance',
    );
    expect(getShape(ours)).toEqual(getShape(theirs));
  }, 120_000);
});

/** The facts both descriptions must agree on; prose, examples and corrections may differ. */
function getShape(op: OperationModel) {
  const field = (f: FieldNode): unknown => [f.name, f.type, f.required, f.defaultValue ?? null, f.children.map(field)];
  return {
    method: op.method,
    path: op.path,
    isAsync: op.isAsync,
    actionKey: op.body?.actionKey,
    sdkAction: op.sdkAction,
    parameters: [...op.parameters.path, ...op.parameters.query].map(field),
    body: op.body?.fields.map(field),
    responses: op.responses.map((r) => [r.phase, r.status, r.fields.map((f) => [f.name, f.type])]),
  };
}

async function getOperation(file: string, text: string, operationId: string): Promise<OperationModel> {
  const [error, spec] = await parseSpec(file, new TextEncoder().encode(text));
  if (error) throw error;
  return makeOperations(spec).find((o) => o.operationId === operationId)!;
}

/** An independent count: classes annotated with @RestRequest outside comments, found by a plain text scan. */
function findAnnotatedClasses(root: string): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '.git') walk(path);
      else if (entry.name.endsWith('.java')) {
        const text = readFileSync(path, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        for (const match of text.matchAll(/^\s*@RestRequest\s*\([\s\S]*?\bclass\s+(\w+)/gm)) names.push(match[1]!);
      }
    }
  };
  walk(root);
  return names;
}
