import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startSite, type RunningSite } from './server';
import { startSimulator } from '../../src/simulator/server';
import { getEdgeSiteDir } from './edge-build';

/** A first edge-case build may take this long beside other work (see edge-build.ts). */
const EDGE_BUILD_MS = 300_000;

export interface BrowserSite {
  /** The portal's origin, e.g. http://127.0.0.1:40123. */
  url: string;
  browser: Browser;
  /** The simulator's origin, when one was asked for. */
  simulatorUrl: string;
}

/**
 * Starts, for the tests of one file, the built portal — with a simulator behind
 * its proxy when asked, or the edge-case site (edge-build.ts) — and a browser;
 * stops them after the file's tests.
 */
export function useBrowserSite(
  options: { simulator?: { jobDurationMs?: number }; env?: Record<string, string>; edge?: boolean } = {},
): BrowserSite {
  const state = {} as BrowserSite;
  let site: RunningSite | undefined;
  let simulator: Awaited<ReturnType<typeof startSimulator>> | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    const env = { ...options.env };
    if (options.simulator) {
      simulator = await startSimulator({ port: 0, host: '127.0.0.1', ...options.simulator });
      state.simulatorUrl = simulator.url;
      env['PORTAL_PROXY_ENDPOINTS'] = simulator.url;
    }
    site = await startSite(options.edge ? await getEdgeSiteDir() : inject('siteDir'), env);
    browser = await launchBrowser();
    state.url = site.url;
    state.browser = browser;
  }, EDGE_BUILD_MS);
  afterAll(async () => {
    await browser?.dispose();
    await site?.close();
    await simulator?.close();
  });
  return state;
}
