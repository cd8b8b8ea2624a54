/**
 * How often, and for how long, the build ran each of its expensive steps. The
 * build's check (an integration, loaded with Astro's config) and the pages
 * (Vite's SSR modules) are separate instances of every module, so the counts
 * live on the process, under a registered symbol; the check prints them when
 * the build is done, and the tests read that line.
 */
const SHARED = Symbol.for('zstack-portal.build-stats');

/** Runs `work` as one run of `step`, adding its time (until its promise settles, for a promise) to the step's total. */
export function timeStep<T>(step: BuildStep, work: () => T): T {
  const started = performance.now();
  const stop = () => {
    const stat = getStat(step);
    stat.runs += 1;
    stat.ms += performance.now() - started;
  };
  let result: T;
  try {
    result = work();
  } catch (error) {
    stop();
    throw error;
  }
  if (result instanceof Promise) return result.finally(stop) as T;
  stop();
  return result;
}

/** Adds one run of `step` that took `ms` elsewhere (e.g. on the highlighting thread). */
export function addStepRun(step: BuildStep, ms: number): void {
  const stat = getStat(step);
  stat.runs += 1;
  stat.ms += ms;
}

/** Adds `count` to a step that is counted rather than timed (e.g. highlights served from the cache). */
export function countStep(step: BuildStep, count = 1): void {
  getStat(step).runs += count;
}

/** The counts and times so far, by step (a step never run is absent). */
export function getBuildStats(): Partial<Record<BuildStep, StepStat>> {
  return Object.fromEntries([...getStats()].map(([step, stat]) => [step, { ...stat }]));
}

function getStat(step: BuildStep): StepStat {
  const stats = getStats();
  let stat = stats.get(step);
  if (!stat) {
    stat = { runs: 0, ms: 0 };
    stats.set(step, stat);
  }
  return stat;
}

function getStats(): Map<BuildStep, StepStat> {
  const holder = globalThis as { [SHARED]?: Map<BuildStep, StepStat> };
  holder[SHARED] ??= new Map();
  return holder[SHARED];
}

/** `highlight-fallback` counts the pieces highlighted on the build's thread because the highlighting thread failed. */
export type BuildStep = 'load' | 'lint' | 'highlight' | 'highlight-cached' | 'highlight-fallback';

export interface StepStat {
  runs: number;
  ms: number;
}
