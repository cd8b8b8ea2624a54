import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';

const DEEP_FIELD = 'response.inventory.allVolumes.lastVmInstanceUuid';

const site = useBrowserSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});

describe('the FlattenVmInstance page in a browser', () => {
  it('opens a deep link with the row visible and highlighted', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance', `#${DEEP_FIELD}`);
    await expect.poll(() => op.isInViewport(DEEP_FIELD)).toBe(true);
    expect(
      await op.row(DEEP_FIELD).evaluate((el) => el.classList.contains('is-highlighted') && el.matches(':target')),
    ).toBe(true);
    const background = await op.row(DEEP_FIELD).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('names the levels above a linked row, each a link that moves the highlight up', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance', `#${DEEP_FIELD}`);
    const path = op.row(DEEP_FIELD).getByRole('navigation', { name: '字段位置' });
    await expect.poll(() => path.textContent()).toBe('位于inventoryallVolumeslastVmInstanceUuid');
    expect(await path.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('aria-current')))).toEqual(
      [null, null, 'location'],
    );
    await path.getByRole('link', { name: 'allVolumes' }).click();
    const parent = 'response.inventory.allVolumes';
    await expect.poll(() => op.row(parent).evaluate((el) => el.classList.contains('is-highlighted'))).toBe(true);
    expect(await op.page.locator('.field-path').count()).toBe(1);
    expect(await op.row(parent).getByRole('navigation', { name: '字段位置' }).textContent()).toBe(
      '位于inventoryallVolumes',
    );
    // A top-level row has no level above it to name.
    await op.page.evaluate(() => (location.hash = 'response.inventory'));
    await expect.poll(() => op.page.locator('.field-path').count()).toBe(0);
  });

  it('says so when a link names a field the page does not have, until a link names one it has', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance', '#body.flattenVmInstance.renamedField');
    const notice = op.page.getByRole('status').filter({ hasText: '本页没有链接所指的' });
    await expect.poll(() => notice.textContent()).toContain('body.flattenVmInstance.renamedField');
    await op.page.evaluate((id) => (location.hash = id), DEEP_FIELD);
    await expect.poll(() => op.isInViewport(DEEP_FIELD)).toBe(true);
    expect(await notice.count()).toBe(0);
  });

  it('expands the levels above a deep link that were collapsed', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    await op.collapseResponses();
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(false);
    await op.page.evaluate((id) => (location.hash = id), DEEP_FIELD);
    await expect.poll(() => op.isInViewport(DEEP_FIELD)).toBe(true);
  });

  it('collapses and expands every level with the keyboard', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    await op.tabTo('#responses-title ~ .tree-toolbar [data-tree-toggle="collapse"]');
    await op.page.keyboard.press('Enter');
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(false);
    expect(await op.row('response.inventory').isVisible()).toBe(true);
    await op.page.keyboard.press('Shift+Tab');
    await op.page.keyboard.press('Enter');
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(true);

    await op.page.locator('[id="response.inventory.allVolumes--fields"] > summary').focus();
    await op.page.keyboard.press('Enter');
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(false);
    await op.page.keyboard.press('Space');
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(true);
  });

  it('copies a field link with the keyboard', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    await op.tabTo('[data-copy-link="body.flattenVmInstance.dryRun"]');
    await op.page.keyboard.press('Enter');
    await expect
      .poll(() => op.page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.url}/api/FlattenVmInstance/#body.flattenVmInstance.dryRun`);
    expect(await op.page.locator('[data-copy-link="body.flattenVmInstance.dryRun"]').textContent()).toContain('已复制');
  });

  it('copies the permalink of the page as it is served, with no session in it', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    await op.page.locator('button[aria-label="复制永久链接"]').click();
    await expect
      .poll(() => op.page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.url}/api/FlattenVmInstance/`);
  });

  it('copies the curl sample', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    await op.page.locator('button[data-copy-target="sample-curl"]').focus();
    await op.page.keyboard.press('Enter');
    await expect
      .poll(() => op.page.evaluate(() => navigator.clipboard.readText()))
      .toContain(`-X PUT -d '{"flattenVmInstance":{"full":true,"dryRun":false}`);
  });

  it('shows a visible focus ring on the skip link and moves focus to the main content', async () => {
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    await op.page.keyboard.press('Tab');
    const skip = op.page.locator('.skip-link');
    expect(
      await skip.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle !== 'none'),
    ).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await op.page.keyboard.press('Enter');
    expect(await op.page.evaluate(() => location.hash)).toBe('#main-content');
  });

  it('is readable with JavaScript off', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/#${DEEP_FIELD}`);
    const op = new OperationPage(page, site.url);
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(true);
    expect(await op.row('response.error.cause').isVisible()).toBe(true);
    expect(await page.locator('.tree-toolbar').first().isVisible()).toBe(false);
    await noJs.close();
  });
});
