import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { useBrowserSite } from '../support/browser-site';
import { TryItPanel } from './pages/try-it-panel';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const site = useBrowserSite();

/**
 * One page for every audit, navigated once per path and audited in each theme in turn. The
 * themes differ in colour alone: the stylesheet's colours are `light-dark()` values and Shiki's
 * dark variables, chosen by `prefers-color-scheme`, and Monaco's theme follows it too. So the
 * light audit runs every rule, and the dark one, on the same page with the emulated scheme
 * switched, runs again every rule whose result colours decide (axe's `cat.color` rules:
 * contrast, links told apart by colour); the others read the DOM, ARIA and layout, which the
 * two themes share.
 */
let page: Page | undefined;
afterAll(async () => {
  await page?.context().close();
});

async function open(path: string) {
  if (!page) {
    // The audit script is injected inline, which the pages' Content Security Policy rightly refuses.
    // 1440 px: the wide layout, with the sidebar and the sticky column of samples beside the fields.
    const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    page = await context.newPage();
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(site.url + path);
  return page;
}

interface Violations {
  light: string[];
  dark: string[];
}
const NONE: Violations = { light: [], dark: [] };

/** The serious violations (below) in the light theme, then in the dark one (where the page is left). */
async function getViolationsByTheme(page: Page, scope = 'html'): Promise<Violations> {
  const light = await runAxe(page, scope);
  const colourRules = [...light.passes, ...light.violations, ...light.incomplete, ...light.inapplicable]
    .filter((rule) => rule.tags.includes('cat.color'))
    .map((rule) => rule.id);
  expect(colourRules).toContain('color-contrast');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  const dark = await runAxe(page, scope, colourRules);
  return { light: getSerious(light), dark: getSerious(dark) };
}

/** Runs axe on the page (or the part `scope` selects): every rule axe runs by default, or the rules named. */
async function runAxe(page: Page, scope: string, rules?: string[]): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return (await page.evaluate(
    ([selector, only]) =>
      (window as unknown as { axe: { run: (context: string, options: object) => Promise<unknown> } }).axe.run(
        selector,
        { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) },
      ),
    [scope, rules] as const,
  )) as AxeResults;
}

/** "rule: target — why" for every serious or critical violation. */
function getSerious(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    );
}

describe('accessibility in the light and the dark theme', () => {
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
    expect(await getViolationsByTheme(await open(path))).toEqual(NONE);
  });

  it('finds no serious violation in the sidebar while it filters', async () => {
    const page = await open('/api/FlattenVmInstance/');
    await page.getByLabel('筛选接口（中文名或 API 名）').fill('云主机');
    await page.waitForFunction(() => document.querySelector('[data-nav-status]')?.textContent !== '');
    expect(await getViolationsByTheme(page, 'site-nav')).toEqual(NONE);
  });

  it('finds no serious violation in the open 在线调试 panel and the open search dialog', async () => {
    const page = await open('/api/FlattenVmInstance/');
    const panel = new TryItPanel(page);
    await panel.open();
    await panel.waitForEditor();
    expect(await getViolationsByTheme(page, '.try-it')).toEqual(NONE);
    await page.keyboard.press('Control+K');
    await page.locator('[data-search-input]').fill('dryRun');
    await page.waitForSelector('[data-search-results][data-query="dryRun"]:not([aria-busy])');
    expect(await getViolationsByTheme(page, 'dialog[open]')).toEqual(NONE);
  });
});
