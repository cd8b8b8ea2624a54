import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { runBuild, type BuildRun } from './astro-build';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One directory per test run: several runs may share a working tree.
export const TEST_DIST = `.test-dist-${process.pid}`;

/**
 * Builds the portal once for the site and browser tests, and removes the build afterwards.
 * The build is started, not awaited: the unit and process projects run while it builds (on
 * 2 cores, the build alone leaves one idle), and each site and browser file waits for it
 * (`site-ready.ts`), which reads how it ended from `siteBuildResult`.
 */
export default function setup(project: TestProject) {
  const siteDir = `${root}${TEST_DIST}`;
  const resultFile = join(tmpdir(), `zstack-portal-site-build-${process.pid}.json`);
  // The project's build: astro build, then the search index.
  const built = rm(siteDir, { recursive: true, force: true })
    .then(() => runBuild(siteDir, {}, 'portal'))
    .catch((error: unknown): BuildRun => ({ code: 1, output: String(error) }))
    // Written whole, then renamed: a reader never sees half of it.
    .then((run) => writeFile(`${resultFile}.tmp`, JSON.stringify(run)))
    .then(() => rename(`${resultFile}.tmp`, resultFile));
  project.provide('siteDir', siteDir);
  project.provide('siteBuildResult', resultFile);
  return async () => {
    await built;
    // The other builds files share (edge-build.ts) sit beside it, named after it.
    await Promise.all([removeStartingWith(siteDir), removeStartingWith(resultFile)]);
  };
}

/** Removes `path` and what is named after it (`path-…`, `path.…`). */
async function removeStartingWith(path: string) {
  const base = basename(path);
  const names = (await readdir(dirname(path))).filter(
    (name) => name === base || name.startsWith(`${base}-`) || name.startsWith(`${base}.`),
  );
  await Promise.all(names.map((name) => rm(join(dirname(path), name), { recursive: true, force: true })));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The portal built for the tests (see site-ready.ts before reading it). */
    siteDir: string;
    /** Where the build's outcome (a BuildRun as JSON) is written once it has ended. */
    siteBuildResult: string;
  }
}
