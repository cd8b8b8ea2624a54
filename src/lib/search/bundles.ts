/**
 * The search index is written as several Pagefind bundles of at most OPERATIONS_PER_BUNDLE
 * operation pages each: `pagefind/` (guides and the first operations), then `pagefind-2/`,
 * `pagefind-3/`… The search dialog loads the first and merges the others into it
 * (Pagefind's mergeIndex), so one search covers them all. Pagefind holds a whole bundle in
 * memory while writing it (5,000 operations in one bundle: 2.1 GiB, over the build's 2 GiB
 * budget), but each bundle costs the first search its own files (5,000 operations in five
 * bundles: 1.04 s to the first result, against 647 ms in one): 2,500 operations a bundle keeps
 * Pagefind near 1.3 GiB, with two bundles at 5,000; beside the index step's own process (heap
 * capped, scripts/build.ts) that is the build's peak, 1.7–1.8 GiB at 5,000 operations.
 */
export const OPERATIONS_PER_BUNDLE = 2500;

/** The environment variable that sets another bundle size (tests use it to get several bundles from a few operations). */
export const BUNDLE_SIZE_VARIABLE = 'PORTAL_SEARCH_OPERATIONS_PER_BUNDLE';

/** How many bundles hold this many operations (at least one, for the guides). */
export function getBundleCount(operations: number, perBundle: number = OPERATIONS_PER_BUNDLE): number {
  return Math.max(1, Math.ceil(operations / perBundle));
}

/** The folder of a bundle, from the site's root, with its trailing slash: `pagefind/`, `pagefind-2/`… */
export function getBundleFolder(index: number): string {
  return index === 0 ? 'pagefind/' : `pagefind-${index + 1}/`;
}

/** The bundle size set for this build (BUNDLE_SIZE_VARIABLE), else OPERATIONS_PER_BUNDLE. */
export function getBundleSize(env: Record<string, string | undefined>): number {
  const value = Number(env[BUNDLE_SIZE_VARIABLE]);
  return Number.isInteger(value) && value > 0 ? value : OPERATIONS_PER_BUNDLE;
}

/** Pagefind's script, in the first bundle: what the search loads, and what the search button fetches ahead. */
export function getPagefindScript(base: string): string {
  return `${base}${getBundleFolder(0)}pagefind.js`;
}
