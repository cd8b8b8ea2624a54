/**
 * `npm run build`: `astro build`, then the search index (Pagefind) of the pages
 * it wrote. The index is made in this process after Astro has exited (and only
 * then loaded), so the two never hold their memory at the same time. Arguments
 * go to astro build (e.g. `--outDir dist-test`). Astro writes into a fresh
 * folder beside the output, which replaces it only when the build and the index
 * succeed: a failed build leaves the last good site as it was.
 *
 * Astro's heap is capped (BUILD_HEAP_MB) unless NODE_OPTIONS already sets
 * --max-old-space-size: left alone, V8 lets a 1,000-operation build grow to
 * about 1.8 GiB of garbage it has not collected, while the build needs less
 * than 640 MiB of live heap and takes no longer with the cap. 768 MiB keeps a
 * 5,000-operation build's whole process tree under 2 GiB with a margin: 1.85 GiB
 * in 159 s on a 2-core machine, where 896 MiB peaked at 2.03 GiB in 168 s (the
 * bench of 2026-12-02 evening) and 1,024 MiB at 2.04 GiB.
 *
 * Last, the assets of /_astro/ get precompressed copies (.br, .gz) that the
 * server sends instead of compressing them on every request, and the pages and
 * the other per-operation files are stored brotli-compressed only, once the
 * index has read the pages (src/server/precompress.ts; PORTAL_PLAIN_FILES=1
 * keeps their plain files too, for a static host).
 */
import { spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIntoFreshDir } from './fresh-out-dir';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD_HEAP_MB = 768;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const outFlag = args.indexOf('--outDir');
  const outDir = resolve(ROOT, outFlag >= 0 ? args[outFlag + 1]! : 'dist');
  const astroArgs = outFlag >= 0 ? args.filter((_, i) => i !== outFlag && i !== outFlag + 1) : args;
  const code = await buildIntoFreshDir(outDir, async (dir) => {
    const astroCode = await new Promise<number>((done) => {
      const heap = /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '')
        ? []
        : [`--max-old-space-size=${BUILD_HEAP_MB}`];
      const child = spawn(process.execPath, [...heap, ASTRO, 'build', ...astroArgs, '--outDir', dir], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      child.on('exit', (exitCode) => done(exitCode ?? 1));
    });
    if (astroCode !== 0) return astroCode;
    const [
      { ensureSpecSet },
      { writeSearchIndex },
      { writeFieldIndex },
      { writePrecompressedAssets, writeStoredFiles },
    ] = await Promise.all([
      import('../src/lib/openapi/site'),
      import('../src/server/search-index'),
      import('../src/server/field-index'),
      import('../src/server/precompress'),
    ]);
    const client = resolve(dir, 'client');
    // The copies are compressed on zlib's thread pool while the index is made (Pagefind works in its own process).
    const [copies, [{ pages, fields, bundles }, named]] = await Promise.all([
      writePrecompressedAssets(client),
      ensureSpecSet(ROOT).then(
        async ({ operations }) =>
          [await writeSearchIndex(client, operations), await writeFieldIndex(client, operations)] as const,
      ),
    ]);
    console.log(
      `搜索索引：${pages} 个页面，${fields} 个字段，${bundles} 个分卷；字段名索引：${named.keys} 个字段名，${named.rows} 行`,
    );
    console.log(`预压缩：${copies.files} 个静态文件，写入 ${Math.round(copies.bytes / 1024)} KiB`);
    const keepPlain = process.env['PORTAL_PLAIN_FILES'] === '1';
    const stored = await writeStoredFiles(client, { keepPlain });
    console.log(
      `压缩存储：${stored.files} 个页面与数据文件，${mebibytes(stored.plainBytes)} MiB 压缩为 ${mebibytes(stored.bytes)} MiB` +
        (keepPlain ? '（PORTAL_PLAIN_FILES=1：原文件一并保留）' : ''),
    );
    return 0;
  });
  if (code !== 0) console.error(`构建失败，${relative(ROOT, outDir) || outDir} 保持上一次成功构建的内容`);
  return code;
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`搜索索引失败：${(error as Error).message}`);
    process.exit(1);
  },
);
