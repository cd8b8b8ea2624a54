import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildRun {
  /** The exit code: 0 when the build succeeded. */
  code: number;
  /** stdout then stderr, without colour codes. */
  output: string;
}

/**
 * Builds the portal in a child process into `outDir`, as a user's terminal would, but with
 * colours off: CI sets FORCE_COLOR, and the tests read the messages line by line.
 * `astro` runs `astro build` alone; `portal` runs the project's build script (Astro, then
 * the search index).
 */
export function runBuild(
  outDir: string,
  env: Record<string, string>,
  command: 'astro' | 'portal' = 'astro',
): Promise<BuildRun> {
  const args =
    command === 'astro'
      ? [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]
      : [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts'), '--outDir', outDir];
  const { FORCE_COLOR: _forced, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: root,
        env: { ...inherited, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stripVTControlCharacters(stdout + stderr) }),
    );
  });
}
