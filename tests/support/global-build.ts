import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { runBuild } from './astro-build';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One directory per test run: several runs may share a working tree.
export const TEST_DIST = `.test-dist-${process.pid}`;

/** Builds the portal once for the site and browser tests, and removes the build afterwards. */
export default async function setup(project: TestProject) {
  await rm(`${root}${TEST_DIST}`, { recursive: true, force: true });
  // The project's build: astro build, then the search index.
  const { code, output } = await runBuild(`${root}${TEST_DIST}`, {}, 'portal');
  if (code !== 0) throw new Error(`the portal build for the tests failed:\n${output}`);
  project.provide('siteDir', `${root}${TEST_DIST}`);
  project.provide('buildOutput', output);
  return () => rm(`${root}${TEST_DIST}`, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    /** What the build printed (without colours). */
    buildOutput: string;
  }
}
