import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { runBuild, type BuildRun } from './astro-build';
import { BUNDLE_SIZE_VARIABLE } from '../../src/lib/search/bundles';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What the edge-case site adds to the project's documents: a description carrying markup and
 * script (tests/browser/hostile.test.ts), constraints the browser's validators check with ajv's
 * runtime helpers (tests/browser/edge-validation.test.ts), and the legal edge cases of the malformed-description
 * corpus (tests/site/corpus-build.test.ts). One build serves both files: a build of the
 * portal costs more than all their tests together, and no operation id or page of one set
 * touches the other's.
 */
export const EDGE_DOCUMENTS = [
  'tests/fixtures/hostile/hostile.yaml',
  ...[
    'bom.yaml',
    'recursive-schema.yaml',
    'huge-properties.json',
    'huge-string.yaml',
    'ref-fan-out.yaml',
    'relative-server.yaml',
    'backtracking-pattern.yaml',
    'csp-script-text.yaml',
    'length-limits.yaml',
  ].map((entry) => `tests/fixtures/corpus/${entry}`),
];

// Twice the longest build seen beside other work on a 2-core machine: beyond it, the other build hangs.
const WAIT_MS = 10 * 60_000;

export interface EdgeBuild extends BuildRun {
  /** The built site (`dist/` of the edge-case documents); it exists when `code` is 0. */
  dir: string;
}

/**
 * The project's build (`npm run build`, search index included) of the project's documents
 * plus EDGE_DOCUMENTS, made by the first file of a test run that asks and reused by the
 * others; global-build.ts removes it after the run.
 */
export async function ensureEdgeBuild(): Promise<EdgeBuild> {
  const dir = `${inject('siteDir')}-edge`;
  const resultFile = `${inject('siteBuildResult')}-edge`;
  // mkdir is atomic: only one file builds, even if files run in parallel.
  const builds = await mkdir(`${resultFile}.lock`).then(
    () => true,
    () => false,
  );
  if (builds) {
    const run = await buildEdgeSite(dir);
    await writeFile(`${resultFile}.tmp`, JSON.stringify(run));
    await rename(`${resultFile}.tmp`, resultFile);
    return { ...run, dir };
  }
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await sleep(250)) {
    const run = await readFile(resultFile, 'utf8').then(
      (text) => JSON.parse(text) as BuildRun,
      () => undefined,
    );
    if (run) return { ...run, dir };
  }
  throw new Error(`the edge-case site was not built within ${WAIT_MS} ms`);
}

/** The edge-case site's folder, once built; its build's output in the error when the build failed. */
export async function getEdgeSiteDir(): Promise<string> {
  const { code, output, dir } = await ensureEdgeBuild();
  if (code !== 0 || !output.includes('Complete!')) throw new Error(`the edge-case site did not build:\n${output}`);
  return dir;
}

async function buildEdgeSite(dir: string): Promise<BuildRun> {
  const specDir = await mkdtemp(join(tmpdir(), 'spec-edge-'));
  try {
    await cp(join(root, 'openapi'), specDir, { recursive: true });
    for (const document of EDGE_DOCUMENTS) {
      await cp(join(root, document), join(specDir, document.split('/').at(-1)!), { recursive: true });
    }
    // Inside the project (as the site's own build is), so that the build's server bundle resolves its dependencies.
    // Its 21 operations are indexed in three search bundles of at most 8, as a large API's are in bundles of 1,000.
    // It keeps the plain files beside the stored copies, as a build for a static host does (PORTAL_PLAIN_FILES=1):
    // the hostile description's pages are served from those, the site's own build's from its copies alone.
    return await runBuild(
      dir,
      { PORTAL_OPENAPI_DIR: specDir, [BUNDLE_SIZE_VARIABLE]: '8', PORTAL_PLAIN_FILES: '1' },
      'portal',
    );
  } finally {
    await rm(specDir, { recursive: true, force: true });
  }
}
