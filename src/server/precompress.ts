import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
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
/**
 * What the build stores brotli-compressed only (writeStoredFiles), with the Content-Type the adapter gives the plain
 * file: the pages and every other text file outside /_astro/ (which keeps its plain files beside its copies) and
 * Pagefind's folders (whose index and fragments Pagefind compresses itself).
 */
export const STORED_TYPES: ReadonlyMap<string, string> = new Map([
  ...PRECOMPRESSED_TYPES,
  ['.html', 'text/html; charset=utf-8'],
  ['.yaml', 'text/yaml; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
]);
/** The suffix of a stored file: `api/X/index.html` is on disk as `api/X/index.html.br`. */
export const STORED_SUFFIX = '.br';
/**
 * Files the Astro adapter reads itself, which stay plain: the not-found page it sends for an unknown path.
 */
const ADAPTER_FILES = new Set(['404.html']);
/**
 * Brotli quality 8 for the stored files: measured on 400 pages of a 1,000-operation build, 0.190 of the plain size
 * in about 20 ms of CPU per MB, where 9 gives 0.189 in 170 ms and 5 (the server's on-the-fly setting) 0.194.
 */
const STORED_QUALITY = 8;
/** Files compressed at once: zlib's pool has four threads; a few more keep it busy while files are read. */
const STORED_PARALLEL = 8;
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

/**
 * Stores the site's pages and its other per-operation text files (samples pages, 在线调试 data, validators, the
 * description's downloads, the quality report) brotli-compressed only: `<file>.br` in place of `<file>`. They are
 * most of the output (about 80 KiB of 88 per operation at 5,000 operations) and a fifth of that compressed; the
 * server sends the copy as it is to a browser that accepts brotli (nearly every one) and decompresses it for any
 * other (precompressed-static.ts). `keepPlain` (the build's PORTAL_PLAIN_FILES=1) keeps the plain files beside their
 * copies, for a static host without the portal's server. Files below PRECOMPRESS_THRESHOLD stay plain, as the server
 * would send them. Returns how many files were stored, their plain bytes and the bytes written.
 */
export async function writeStoredFiles(
  clientDir: string,
  { keepPlain }: { keepPlain: boolean },
): Promise<{ files: number; plainBytes: number; bytes: number }> {
  const entries = await readdir(clientDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && STORED_TYPES.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => {
      const top = relative(clientDir, path).split(sep)[0]!;
      return top !== PRECOMPRESSED_DIR && !top.startsWith('pagefind') && !ADAPTER_FILES.has(top);
    });
  let files = 0;
  let plainBytes = 0;
  let bytes = 0;
  let next = 0;
  // A pool of STORED_PARALLEL workers over the list (no library: a loop of a few lines holds the bound).
  const work = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const plain = await readFile(path);
      if (plain.length < PRECOMPRESS_THRESHOLD) continue;
      const copy = await brotli(plain, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: STORED_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      });
      await writeFile(path + STORED_SUFFIX, copy);
      if (!keepPlain) await rm(path);
      files += 1;
      plainBytes += plain.length;
      bytes += copy.length;
    }
  };
  await Promise.all(Array.from({ length: STORED_PARALLEL }, work));
  return { files, plainBytes, bytes };
}
