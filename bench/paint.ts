// Where the time to First Contentful Paint goes: `npm run bench:paint` traces loads of the built portal's
// FlattenVmInstance page by its deep link and of the plain-text floor, one after the other, and prints the
// median of each step (bench/paint-trace.ts) side by side. It reads ./dist, or the build named by
// BENCH_PAINT_SITE; BENCH_PAINT_RUNS loads of each (default 9). Tracing slows a load by some milliseconds:
// the figures are for comparing steps, `npm run bench` measures the budget's FCP without it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser';
import { startSite } from '../tests/support/server';
import {
  getMedianMilestones,
  getPaintMilestones,
  PAINT_TRACE_CATEGORIES,
  type PaintMilestones,
  type TraceEvent,
} from './paint-trace';
import { openFirstVisit } from './measure';
import { startPeerServer } from './peers';
import { formatMs } from './report';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env['BENCH_PAINT_RUNS'] ?? 9);
const SITE = process.env['BENCH_PAINT_SITE'] ?? join(ROOT, 'dist');
const DEEP_LINK = '/api/FlattenVmInstance/#response.inventory.allVolumes.lastVmInstanceUuid';

/** Loads `url` in a fresh context with the cache disabled, as the bench does, and reads its trace. */
export async function tracePaint(browser: Browser, url: string): Promise<PaintMilestones | null> {
  const { context, page, cdp } = await openFirstVisit(browser);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: PAINT_TRACE_CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await cdp.send('Tracing.end');
    await complete;
    return getPaintMilestones(events);
  } finally {
    await context.close();
  }
}

/** The median milestones of `runs` loads of each URL, loaded in turn so that the machine's moments fall on all alike. */
export async function comparePaint(browser: Browser, urls: string[], runs: number) {
  const loads = urls.map((): PaintMilestones[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, url] of urls.entries()) {
      const milestones = await tracePaint(browser, url);
      if (milestones) loads[i]!.push(milestones);
    }
  }
  return loads.map((l) => ({ runs: l.length, ...getMedianMilestones(l) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startSite(SITE);
  const peers = await startPeerServer(
    {},
    await readFile(join(ROOT, 'tests/fixtures/seed/FlattenVmInstance.zh-CN.txt'), 'utf8'),
  );
  const browser = await launchBrowser();
  try {
    // One load of each first: the browser's own first start (fonts, caches) is not the pages'.
    await tracePaint(browser, peers.floorUrl);
    await tracePaint(browser, site.url + DEEP_LINK);
    const [floor, ours] = await comparePaint(browser, [peers.floorUrl, site.url + DEEP_LINK], RUNS);
    const rows: Array<[string, keyof PaintMilestones]> = [
      ['response received', 'response'],
      ['HTML parsed', 'parsed'],
      ['first frame: style, layout, paint from', 'frameStart'],
      ['… to', 'frameEnd'],
      ['layout before FCP (main thread)', 'layoutMs'],
      ['rasterising from', 'rasterStart'],
      ['… to', 'rasterEnd'],
      ['rasterising (CPU)', 'rasterCpuMs'],
      ['First Contentful Paint', 'fcp'],
    ];
    console.log(`| median of ${RUNS} traced loads | plain-text floor | ours, by the deep link |`);
    console.log('| --- | ---: | ---: |');
    for (const [label, key] of rows) console.log(`| ${label} | ${formatMs(floor![key])} | ${formatMs(ours![key])} |`);
  } finally {
    await Promise.allSettled([browser.dispose(), peers.close(), site.close()]);
  }
}
