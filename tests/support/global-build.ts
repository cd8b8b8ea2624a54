import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One directory per test run: several runs may share a working tree.
export const TEST_DIST = `.test-dist-${process.pid}`;

/** Builds the portal once for the site and browser tests, and removes the build afterwards. */
export default async function setup(project: TestProject) {
  await rm(`${root}${TEST_DIST}`, { recursive: true, force: true });
  // The project's build: astro build, then the search index.
  await promisify(execFile)(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}scripts/build.ts`, '--outDir', TEST_DIST], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  project.provide('siteDir', `${root}${TEST_DIST}`);
  return () => rm(`${root}${TEST_DIST}`, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
