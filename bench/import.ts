import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Imports a ZStack checkout (`ZSTACK_SOURCE`) with `npm run import:zstack`'s command into `dir/generated`, beside
 * copies of the hand-written documents, as a user's `openapi/` would hold them: the bench then builds and measures
 * that description like the others. The import's wall time is issue 8's figure (≤ 60 s).
 */
export async function importZStack(root: string, checkout: string, dir: string): Promise<{ dir: string; ms: number }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(join(root, 'openapi'))) {
    if (/\.(ya?ml|json)$/.test(name)) await cp(join(root, 'openapi', name), join(dir, name));
  }
  const started = performance.now();
  const result = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['src/importer/main.ts', checkout, '--out', join(dir, 'generated')],
    { cwd: root, encoding: 'utf8', timeout: 600_000 },
  );
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`import:zstack failed (${result.status}): ${result.stderr}`);
  return { dir, ms };
}
