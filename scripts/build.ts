/**
 * `npm run build`, in two steps, each a Node process of its own so that the two never hold
 * their memory at the same time: `astro build`, then the search index (Pagefind) and the
 * precompressed copies of the pages it wrote (scripts/index-site.ts). Arguments go to astro
 * build (e.g. `--outDir dist-test`). Astro writes into a fresh folder beside the output, which
 * replaces it only when both steps succeed: a failed build leaves the last good site as it was.
 *
 * Each step's heap is capped unless NODE_OPTIONS already sets --max-old-space-size: left
 * alone, V8 lets a 1,000-operation build grow to about 1.8 GiB of garbage it has not
 * collected. Astro's step needs less than 710 MiB of live heap at 5,000 operations
 * (BUILD_HEAP_MB); the index step about 220 MiB (INDEX_HEAP_MB: uncapped, it held 600–880 MiB
 * beside Pagefind's process, the build's peak).
 *
 * Astro's step runs with MIMALLOC_PURGE_DELAY=0: Vite's bundler (Rolldown, native code with the
 * mimalloc allocator) otherwise keeps the memory it freed resident for the rest of the build, 635
 * MiB of a 1.7 GiB process at 5,000 operations (306 MiB with the setting, no slower).
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
const INDEX_SITE = resolve(ROOT, 'scripts/index-site.ts');
const INDEX_HEAP_MB = 448;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const outFlag = args.indexOf('--outDir');
  const outDir = resolve(ROOT, outFlag >= 0 ? args[outFlag + 1]! : 'dist');
  const astroArgs = outFlag >= 0 ? args.filter((_, i) => i !== outFlag && i !== outFlag + 1) : args;
  const code = await buildIntoFreshDir(outDir, async (dir) => {
    const astroCode = await runNode([...getHeapCap(BUILD_HEAP_MB), ASTRO, 'build', ...astroArgs, '--outDir', dir], {
      MIMALLOC_PURGE_DELAY: process.env['MIMALLOC_PURGE_DELAY'] ?? '0',
    });
    if (astroCode !== 0) return astroCode;
    return runNode([...getHeapCap(INDEX_HEAP_MB), '--import', 'tsx', INDEX_SITE, dir]);
  });
  if (code !== 0) console.error(`构建失败，${relative(ROOT, outDir) || outDir} 保持上一次成功构建的内容`);
  return code;
}

/** The flag that caps a step's heap at `mebibytes`, unless NODE_OPTIONS already sets a cap (which then applies to every step). */
function getHeapCap(mebibytes: number): string[] {
  return /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '') ? [] : [`--max-old-space-size=${mebibytes}`];
}

/** Runs Node (this process's binary) with `args` in the project's folder, its output on this terminal; resolves to its exit code. */
function runNode(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise<number>((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (exitCode) => done(exitCode ?? 1));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`构建失败：${(error as Error).message}`);
    process.exit(1);
  },
);
