import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OperationModel } from '../lib/openapi/operation';
import { FIELD_INDEX_FOLDER, FIELD_INDEX_MANIFEST, makeFieldIndex } from '../lib/search/field-index';

/**
 * Writes the search dialog's field index (src/lib/search/field-index.ts) into the built site: the manifest and a
 * file per field name. Returns how many names and rows it holds.
 */
export async function writeFieldIndex(
  clientDir: string,
  operations: OperationModel[],
): Promise<{ keys: number; rows: number }> {
  const { manifest, files } = makeFieldIndex(operations);
  const dir = join(clientDir, FIELD_INDEX_FOLDER);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, FIELD_INDEX_MANIFEST), JSON.stringify(manifest));
  let rows = 0;
  for (const [key, file] of files) {
    rows += file.rows.length;
    await writeFile(join(dir, `${key}.json`), JSON.stringify(file));
  }
  return { keys: files.size, rows };
}
