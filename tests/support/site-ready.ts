import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { BuildRun } from './astro-build';

// The longest a build took beside other work on a 2-core machine was about 4 minutes: twice that is a hang.
const BUILD_WAIT_MS = 8 * 60_000;

/**
 * Set-up of every site and browser file: waits until the build that global-build.ts started
 * has ended, and fails the file with the build's output if it failed.
 */
const started = Date.now();
let run: BuildRun | undefined;
while (!run) {
  run = await readFile(inject('siteBuildResult'), 'utf8').then(
    (text) => JSON.parse(text) as BuildRun,
    () => undefined,
  );
  if (run) break;
  if (Date.now() - started > BUILD_WAIT_MS)
    throw new Error(`the portal build for the tests took over ${BUILD_WAIT_MS} ms`);
  await sleep(250);
}
if (run.code !== 0) throw new Error(`the portal build for the tests failed:\n${run.output.slice(-8000)}`);

/** What the build printed (without colours), for the tests that read its report lines. */
export const buildOutput: string = run.output;
