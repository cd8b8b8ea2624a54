/**
 * `npm run build`: `astro build`, then the search index (Pagefind) of the pages
 * it wrote. The index is made in this process after Astro has exited, so the
 * two never hold their memory at the same time. Arguments go to astro build
 * (e.g. `--outDir dist-test`).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSearchIndex } from '../src/server/search-index';
import { ensureSpecSet } from '../src/lib/openapi/site';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (exitCode) => done(exitCode ?? 1));
  });
  if (code !== 0) return code;
  const outFlag = args.indexOf('--outDir');
  const outDir = resolve(ROOT, outFlag >= 0 ? args[outFlag + 1]! : 'dist');
  const { operations } = await ensureSpecSet(ROOT);
  const { pages, fields } = await writeSearchIndex(resolve(outDir, 'client'), operations);
  console.log(`搜索索引：${pages} 个页面，${fields} 个字段`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`搜索索引失败：${(error as Error).message}`);
    process.exit(1);
  },
);
