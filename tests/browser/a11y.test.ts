import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { useBrowserSite } from '../support/browser-site';
import { TryItPanel } from './pages/try-it-panel';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const THEMES = ['light', 'dark'] as const;

const site = useBrowserSite();

/**
 * One page per theme, which every audit of that theme navigates, instead of a context and a
 * page per audit (2 renderers started instead of 22). Nothing the audits do outlives a
 * navigation (no storage is written, a dialog or panel belongs to its document), so each audit
 * still sees the page as a first visit shows it.
 */
const pages = new Map<(typeof THEMES)[number], Page>();
afterAll(async () => {
  await Promise.all([...pages.values()].map((page) => page.context().close()));
});

async function openInTheme(path: string, theme: (typeof THEMES)[number]) {
  let page = pages.get(theme);
  if (!page) {
    // The audit script is injected inline, which the pages' Content Security Policy rightly refuses.
    // 1440 px: the wide layout, with the sidebar and the sticky column of samples beside the fields.
    const context = await site.browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: theme,
      bypassCSP: true,
    });
    page = await context.newPage();
    pages.set(theme, page);
  }
  await page.goto(site.url + path);
  return page;
}

/** Runs axe on the page (or the part `scope` selects); answers "rule: target — why" for every serious or critical violation. */
async function getSeriousViolations(page: Page, scope = 'html'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = (await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run: (context: string, options: object) => Promise<unknown> } }).axe.run(
        selector,
        { resultTypes: ['violations'] },
      ),
    scope,
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    );
}

describe.each(THEMES)('accessibility in the %s theme', (theme) => {
  it.each([
    '/',
    '/api/FlattenVmInstance/',
    '/api/FlattenVmInstance/samples/',
    '/api/',
    '/guides/',
    '/quality/',
    '/changelog/',
    '/guides/auth/',
    '/no-such-page/',
  ])('finds no serious violation on %s', async (path) => {
    const page = await openInTheme(path, theme);
    expect(await getSeriousViolations(page)).toEqual([]);
  });

  it('finds no serious violation in the sidebar while it filters', async () => {
    const page = await openInTheme('/api/FlattenVmInstance/', theme);
    await page.getByLabel('筛选接口（中文名或 API 名）').fill('云主机');
    await page.waitForFunction(() => document.querySelector('[data-nav-status]')?.textContent !== '');
    expect(await getSeriousViolations(page, 'site-nav')).toEqual([]);
  });

  it('finds no serious violation in the open 在线调试 panel and the open search dialog', async () => {
    const page = await openInTheme('/api/FlattenVmInstance/', theme);
    const panel = new TryItPanel(page);
    await panel.open();
    await panel.waitForEditor();
    expect(await getSeriousViolations(page, '.try-it')).toEqual([]);
    await page.keyboard.press('Control+K');
    await page.locator('[data-search-input]').fill('dryRun');
    await page.waitForSelector('[data-search-results][data-query="dryRun"]');
    expect(await getSeriousViolations(page, 'dialog[open]')).toEqual([]);
  });
});
