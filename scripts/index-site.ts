/**
 * The build's second step (scripts/build.ts runs it in a process of its own, after `astro build`
 * has exited): the search index (Pagefind) and the field-name index of the pages Astro wrote into
 * `<outDir>/client`, then the precompressed copies. Usage: `index-site.ts <outDir>`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function main(outDir: string): Promise<void> {
  const [{ ensureSpecSet }, { writeSearchIndex }, { writeFieldIndex }, { writePrecompressedAssets, writeStoredFiles }] =
    await Promise.all([
      import('../src/lib/openapi/site'),
      import('../src/server/search-index'),
      import('../src/server/field-index'),
      import('../src/server/precompress'),
    ]);
  const client = resolve(outDir, 'client');
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
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('用法：index-site.ts <输出目录>');
  process.exit(2);
}
main(outDir).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`搜索索引失败：${(error as Error).message}`);
    process.exit(1);
  },
);
