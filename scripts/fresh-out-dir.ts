import { rename, rm, stat } from 'node:fs/promises';

/**
 * Runs a build into a fresh folder beside `outDir` and puts it in place of
 * `outDir` only when the build succeeds (exit code 0), so a failed build never
 * leaves a partial site where the last good one was: Astro empties its outDir
 * before writing. The swap is two renames on one file system; between them
 * (a few microseconds) `outDir` does not exist.
 */
export async function buildIntoFreshDir(outDir: string, build: (dir: string) => Promise<number>): Promise<number> {
  const fresh = `${outDir}.building-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  let code: number;
  try {
    code = await build(fresh);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  if (code !== 0) {
    await rm(fresh, { recursive: true, force: true });
    return code;
  }
  const previous = `${outDir}.previous-${process.pid}`;
  const hadPrevious = await stat(outDir).then(
    () => true,
    () => false,
  );
  if (hadPrevious) await rename(outDir, previous);
  await rename(fresh, outDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
  return 0;
}
