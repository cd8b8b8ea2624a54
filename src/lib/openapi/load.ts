import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { messages } from '../messages';
import { makeOperations, type OperationModel } from './operation';
import { parseSpec, type ParsedSpec } from './parse';
import { isSpecError, SpecError } from './spec-error';
import { makeFieldBudget } from './expansion';

const SPEC_FILE = /\.(ya?ml|json)$/i;

export interface SpecSet {
  specs: ParsedSpec[];
  operations: OperationModel[];
}

/**
 * Loads every OpenAPI document under `dir` (recursively) and builds the
 * operation models. Errors are values; file names in them are relative to `root`.
 * A relative server URL resolves against `portalOrigin` (the site's address).
 */
export async function loadSpecDir(dir: string, root: string = process.cwd(), options: { portalOrigin?: string } = {}): Promise<[SpecError, null] | [null, SpecSet]> {
  const files = (await listFiles(dir)).filter((f) => SPEC_FILE.test(f)).sort();
  if (files.length === 0) return [new SpecError(relative(root, dir) || '.', '', messages.specNoDocuments(relative(root, dir) || '.')), null];
  const specs: ParsedSpec[] = [];
  const operations: OperationModel[] = [];
  const seen = new Map<string, string>();
  const budget = makeFieldBudget();
  for (const path of files) {
    const file = relative(root, path).split('\\').join('/');
    const [error, spec] = await parseSpec(file, await readFile(path));
    if (error) return [error, null];
    let models: OperationModel[];
    try {
      models = makeOperations(spec, budget, options);
    } catch (caught) {
      if (isSpecError(caught)) return [caught, null];
      throw caught;
    }
    for (const op of models) {
      const other = seen.get(op.operationId);
      if (other) return [new SpecError(file, `${op.pointer}/operationId`, messages.specDuplicateOperationId(op.operationId, other)), null];
      seen.set(op.operationId, `${file}#${op.pointer}`);
    }
    specs.push(spec);
    operations.push(...models);
  }
  return [null, { specs, operations }];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}
