import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';

const decompress = promisify(brotliDecompress);

/**
 * A built file by its plain name: the file itself when the build left it plain (an `astro build` alone, a small
 * file, PORTAL_PLAIN_FILES=1), else its stored copy `<path>.br` decompressed (src/server/precompress.ts,
 * writeStoredFiles), as the portal's server would send it.
 */
export async function readBuiltFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return decompress(await readFile(`${path}.br`));
  }
}

/** readBuiltFile as UTF-8 text. */
export async function readBuiltText(path: string): Promise<string> {
  return (await readBuiltFile(path)).toString('utf8');
}
