import { relative } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import { getDownloadOrder, mergeDocuments } from '../src/lib/openapi/bundle';
import { loadSpecDir } from '../src/lib/openapi/load';

/**
 * The description of a directory as one document, for the peers, which read a single one: the same merged
 * document the portal offers for download (src/lib/openapi/bundle.ts), so that both sides render the same
 * operations, subfolders (an import's `generated/`) included.
 */
export async function mergeDescription(dir: string): Promise<OpenAPIV3_1.Document> {
  const [error, set] = await loadSpecDir(dir, dir);
  if (error) throw new Error(`${relative(process.cwd(), dir)}: ${error.message}`);
  return mergeDocuments(getDownloadOrder(set.specs));
}
