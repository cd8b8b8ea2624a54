import { defineConfig } from 'vitest/config';

/**
 * The programs the tests run (builds, servers, samples) print plain text even where CI
 * forces colours for the test runner's own report: the tests read what they print.
 */
const plainOutput = { FORCE_COLOR: '0', NO_COLOR: '1' };

/** Unit files that mock a module or spy on a prototype: each gets a module graph of its own (project unit-isolated). */
const MOCKING_UNIT_FILES = ['tests/unit/lib/mock/checked-schemas.test.ts', 'tests/unit/lib/schema/validate.test.ts'];

export default defineConfig({
  test: {
    env: plainOutput,
    // Vitest's default on 2 cores is one file at a time (cores - 1). Two at a time: a browser file waits on Chromium,
    // timers and the network for much of its run, and the unit and process files leave the second core to the
    // background build for only its first half-minute.
    maxWorkers: 2,
    projects: [
      {
        test: {
          // Pure logic: no process, no server, no network.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The unit and process projects run first, two files at a time, while the site builds in the background.
          sequence: { groupOrder: 0 },
          exclude: MOCKING_UNIT_FILES,
          environment: 'node',
          // One module graph for all the files: importing the libraries afresh for each file was three quarters of the
          // project's time. The files that mock a module or spy on a class run apart (below), so none leaks into the next.
          isolate: false,
          // A 2-core machine running a build beside the suite makes a 1 s test take 6 s; 5 s was a coin toss.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: MOCKING_UNIT_FILES,
          sequence: { groupOrder: 0 },
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Tests that start processes or servers (the simulator, the proxy, curl, python, javac, tsx): each bounded in
          // time here, since spawning is what a loaded machine slows down most.
          name: 'process',
          include: ['tests/process/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          environment: 'node',
          // One worker process and module graph reused from file to file (no file mocks a module, stubs a global or
          // changes the environment): a fresh process per file cost seconds of start-up and imports each time.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Then the site and browser files, two at a time too, once the others are done (each waits for the build).
          // One project, so that Vitest's order (the longest first, from the last run) mixes builds and browsers.
          sequence: { groupOrder: 1 },
          environment: 'node',
          globalSetup: ['tests/support/global-build.ts'],
          // As in the process project: the files reuse their worker and its modules (Playwright's included).
          isolate: false,
          setupFiles: ['tests/support/site-ready.ts'],
          // Some tests run a whole build (about 30 s on a quiet 2-core machine, several times that beside other work).
          testTimeout: 240_000,
          // A browser's answer (a lazy chunk, a fetch, a frame) can take seconds on a loaded 2-core machine: poll for up to 10 s, not 1.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
