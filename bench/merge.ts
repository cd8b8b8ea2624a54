import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Merges every document of a description directory into one, for the peers,
 * which read a single document. ZStack's actions share `/{resource}/{uuid}/actions`,
 * which one OpenAPI document cannot hold twice: an operation whose path is taken
 * gets `/<operationId>` appended. Components are the union (the generated
 * documents repeat the real ones).
 */
export async function mergeDescription(dir: string): Promise<MergedDocument> {
  const names = (await readdir(dir)).filter((name) => /\.(ya?ml|json)$/i.test(name)).sort(byRealFirst);
  let merged: MergedDocument | undefined;
  for (const name of names) {
    const doc = parse(await readFile(join(dir, name), 'utf8')) as MergedDocument;
    if (!merged) {
      merged = {
        ...doc,
        paths: { ...doc.paths },
        components: { ...doc.components, schemas: { ...doc.components.schemas } },
      };
      continue;
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const key = merged.paths[path]?.[method] ? `${path}/${operation.operationId}` : path;
        merged.paths[key] = { ...merged.paths[key], [method]: operation };
      }
    }
    Object.assign(merged.components.schemas, doc.components.schemas);
  }
  if (!merged) throw new Error(`no OpenAPI document in ${dir}`);
  return merged;
}

/** The real description comes first, so its operations keep their own paths. */
function byRealFirst(a: string, b: string): number {
  return Number(a.startsWith('generated-')) - Number(b.startsWith('generated-')) || a.localeCompare(b);
}

export interface MergedDocument {
  paths: Record<string, Record<string, { operationId: string }>>;
  components: { schemas: Record<string, unknown> } & Record<string, unknown>;
  [key: string]: unknown;
}
