/**
 * Screenshots of the 在线调试 panel after a live exchange with the simulator: light and
 * dark, at 1440 × 900 and 375 px wide, to judge its design by eye.
 *
 *   npx tsx bench/panel-screenshots.ts [--site <built dist dir>] [--out <dir>]
 *
 * Without --site it builds the portal into .test-dist-shots-<pid> first (and removes it).
 * Writes panel-<theme>-<width>.png into --out (bench/.out/panel by default).
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser';
import { runBuild } from '../tests/support/astro-build';
import { startSite } from '../tests/support/server';
import { TryItPanel } from '../tests/browser/pages/try-it-panel';
import { startSimulator } from '../src/simulator/server';

const root = fileURLToPath(new URL('../', import.meta.url));
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
];

const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string' } } });
const out = resolve(values.out ?? join(root, 'bench/.out/panel'));
let siteDir = values.site ? resolve(values.site) : '';
const built = siteDir === '';
if (built) {
  siteDir = join(root, `.test-dist-shots-${process.pid}`);
  const { code, output } = await runBuild(siteDir, {}, 'astro');
  if (code !== 0) throw new Error(`build failed:\n${output}`);
}
await mkdir(out, { recursive: true });
const simulator = await startSimulator({ port: 0, host: '127.0.0.1', jobDurationMs: 1500 });
const site = await startSite(siteDir, { PORTAL_PROXY_ENDPOINTS: simulator.url });
const browser = await launchBrowser();
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${site.url}/api/FlattenVmInstance/`);
      const panel = new TryItPanel(page);
      await panel.open();
      await panel.waitForEditor();
      await panel.useMode('live');
      await panel.logIn();
      await panel.send();
      await page.locator('try-it-panel').evaluate((el) => el.closest('section')!.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      const file = join(out, `panel-${theme}-${viewport.width}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.dispose();
  await site.close();
  await simulator.close();
  if (built) await rm(siteDir, { recursive: true, force: true });
}
