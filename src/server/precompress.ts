import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Precompressed copies of the site's fixed-size, content-hashed assets, made
 * once by the build (scripts/build.ts) so that the server (precompressed-static.ts)
 * sends them without compressing them again on every request: brotli on the fly
 * costs about 390 ms of the server's CPU for the 在线调试 panel's Monaco chunk
 * (3.4 MiB) alone, on the path where a reader waits for the panel to open.
 *
 * Only `/_astro/` is precompressed: its files do not grow with the number of
 * operations, and they are the large ones. The per-operation files
 * (`/validators/<hash>.js`, `/try-it/<hash>.json`) would cost about 34 ms of
 * CPU and 5.9 KiB on disk per operation (measured on the 13-operation build:
 * nearly three minutes of CPU at 5,000 operations) for files of a few KiB,
 * which the server compresses at quality 5 in a millisecond or two; Pagefind's
 * index and fragments are gzip-compressed by Pagefind itself. The /_astro/
 * copies cost about 14 s of CPU per build at brotli quality 11 (Monaco alone 8 s), a second or two at 9.
 */
export const PRECOMPRESSED_DIR = '_astro';
/**
 * What is text (or a font) worth compressing (images other than SVG are already
 * compressed), with the Content-Type the adapter's file server (`send`, by
 * `mime-types`) gives each: the server sends a copy under the type of the file
 * it stands for, not of `.br` (server.test.ts compares the two answers).
 */
export const PRECOMPRESSED_TYPES: ReadonlyMap<string, string> = new Map([
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.ttf', 'font/ttf'],
]);
/** The server compresses nothing smaller either (compression.ts). */
export const PRECOMPRESS_THRESHOLD = 1024;
/** The encodings, in the server's order of preference, and the suffix of each copy. */
export const PRECOMPRESSED_ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

const brotli = promisify(brotliCompress);
const BROTLI_QUALITY = 9;
const gzipAsync = promisify(gzip);

/**
 * Writes `<file>.br` (brotli quality 9) and `<file>.gz` (gzip level 9) beside every asset of `clientDir/_astro`
 * that qualifies, each only when it is smaller than the file. zlib's
 * asynchronous calls run on libuv's thread pool, so the files compress side
 * by side. Returns how many files were compressed and the bytes written.
 */
export async function writePrecompressedAssets(clientDir: string): Promise<{ files: number; bytes: number }> {
  const dir = join(clientDir, PRECOMPRESSED_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  let files = 0;
  let bytes = 0;
  await Promise.all(
    names
      .filter((name) => PRECOMPRESSED_TYPES.has(extname(name)))
      .map(async (name) => {
        const path = join(dir, name);
        if ((await stat(path)).size < PRECOMPRESS_THRESHOLD) return;
        const plain = await readFile(path);
        files += 1;
        await Promise.all(
          PRECOMPRESSED_ENCODINGS.map(async ({ encoding, suffix }) => {
            const copy =
              encoding === 'br'
                ? await brotli(plain, {
                    params: {
                      // Quality 9, not 11: Monaco's 3.4 MiB chunk is 754 KB at 9 in 0.8 s of CPU and 687 KB at 11 in
                      // 9 s; every build pays it (the test suite builds several sites on 2 cores), a reader 10 % more.
                      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                      [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
                      [constants.BROTLI_PARAM_MODE]:
                        extname(name) === '.ttf' ? constants.BROTLI_MODE_FONT : constants.BROTLI_MODE_TEXT,
                    },
                  })
                : await gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION });
            if (copy.length >= plain.length) return;
            await writeFile(path + suffix, copy);
            bytes += copy.length;
          }),
        );
      }),
  );
  return { files, bytes };
}
