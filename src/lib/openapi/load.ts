import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { messages } from '../messages';
import { isGeneratedSpec, mergeOperations, type HandwrittenDifference, type OperationPair } from './merge';
import { makeOperations, type OperationModel } from './operation';
import { parseSpec, type ParsedSpec } from './parse';
import { isSpecError, SpecError } from './spec-error';
import { makeFieldBudget, type FieldBudget } from './expansion';

const SPEC_FILE = /\.(ya?ml|json)$/i;

export interface SpecSet {
  /** Every document as read, except that a hand-written one is completed by the generated operations it overrides. */
  specs: ParsedSpec[];
  operations: OperationModel[];
  /** Where a hand-written operation states a fact differently from the generated one it overrides. */
  differences: HandwrittenDifference[];
}

/**
 * Loads every OpenAPI document under `dir` (recursively) and builds the
 * operation models. An operationId declared both by a hand-written document
 * and by a generated one (root `x-zstack-generated: true`) is one operation:
 * the hand-written one, completed from the generated one (see merge.ts).
 * Any other repeated operationId is a fault. Errors are values; file names
 * in them are relative to `root`. A relative server URL resolves against
 * `portalOrigin` (the site's address).
 */
export async function loadSpecDir(dir: string, root: string = process.cwd(), options: { portalOrigin?: string } = {}): Promise<[SpecError, null] | [null, SpecSet]> {
  const files = (await listFiles(dir)).filter((f) => SPEC_FILE.test(f)).sort();
  if (files.length === 0) return [new SpecError(relative(root, dir) || '.', '', messages.specNoDocuments(relative(root, dir) || '.')), null];
  const loaded: Array<{ spec: ParsedSpec; models: OperationModel[]; generated: boolean }> = [];
  const seen = { hand: new Map<string, OperationModel>(), generated: new Map<string, OperationModel>() };
  const budget = makeFieldBudget();
  const make = (spec: ParsedSpec) => tryMakeOperations(spec, budget, options);
  for (const path of files) {
    const file = relative(root, path).split('\\').join('/');
    const [error, spec] = await parseSpec(file, await readFile(path));
    if (error) return [error, null];
    const [fault, models] = make(spec);
    if (fault) return [fault, null];
    const generated = isGeneratedSpec(spec);
    const ids = generated ? seen.generated : seen.hand;
    for (const op of models) {
      const other = ids.get(op.operationId);
      if (other) return [new SpecError(file, `${op.pointer}/operationId`, messages.specDuplicateOperationId(op.operationId, `${other.file}#${other.pointer}`)), null];
      ids.set(op.operationId, op);
    }
    loaded.push({ spec, models, generated });
  }
  return completeHandwritten(loaded, seen.hand, make);
}

/** Completes each hand-written document from the generated operations it overrides, and drops those from the generated ones. */
function completeHandwritten(loaded: Array<{ spec: ParsedSpec; models: OperationModel[]; generated: boolean }>, hand: Map<string, OperationModel>,
  make: (spec: ParsedSpec) => [SpecError, null] | [null, OperationModel[]],
): [SpecError, null] | [null, SpecSet] {
  const pairs = new Map<string, OperationPair[]>();
  for (const { spec, models, generated } of loaded) {
    if (!generated) continue;
    for (const op of models) {
      const own = hand.get(op.operationId);
      if (!own) continue;
      const list = pairs.get(own.file) ?? pairs.set(own.file, []).get(own.file)!;
      list.push({
        operationId: op.operationId,
        hand: { path: own.path, method: own.method.toLowerCase() },
        generated: { spec, path: op.path, method: op.method.toLowerCase() },
      });
    }
  }
  const specs: ParsedSpec[] = [];
  const operations: OperationModel[] = [];
  const differences: HandwrittenDifference[] = [];
  for (const entry of loaded) {
    let { spec, models } = entry;
    const paired = pairs.get(spec.file);
    if (!entry.generated && paired) {
      const merged = mergeOperations(spec, paired);
      differences.push(...merged.differences);
      const [fault, remade] = make(merged.spec);
      if (fault) return [fault, null];
      spec = merged.spec;
      models = remade;
    }
    if (entry.generated) models = models.filter((op) => !hand.has(op.operationId));
    specs.push(spec);
    operations.push(...models);
  }
  return [null, { specs, operations, differences }];
}

function tryMakeOperations(spec: ParsedSpec, budget: FieldBudget, options: { portalOrigin?: string }): [SpecError, null] | [null, OperationModel[]] {
  try {
    return [null, makeOperations(spec, budget, options)];
  } catch (caught) {
    if (isSpecError(caught)) return [caught, null];
    throw caught;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}
