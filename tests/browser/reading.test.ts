import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';
import { PageOutline } from './pages/page-outline';
import { Sidebar } from './pages/sidebar';

const WIDE = { width: 1440, height: 900 };
const site = useBrowserSite();

async function openFlatten(viewport = WIDE, javaScriptEnabled = true) {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  const op = new OperationPage(await context.newPage(), site.url);
  await op.open('FlattenVmInstance');
  return op;
}

describe('the operation page on a wide screen (1440 px)', () => {
  it('keeps the samples column in view while the fields scroll', async () => {
    const op = await openFlatten();
    const samples = op.page.locator('#samples-title');
    const top = () => samples.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const fieldsBeside = await op.page.evaluate(() => {
      const main = document.querySelector('.op-main')!.getBoundingClientRect();
      const aside = document.querySelector('.op-aside')!.getBoundingClientRect();
      return aside.left >= main.right;
    });
    expect(fieldsBeside).toBe(true);
    for (const id of [
      'response.inventory.uuid',
      'response.inventory.allVolumes.lastVmInstanceUuid',
      'response.error.cause',
    ]) {
      const head = op.row(id).locator(':scope > .field-head');
      await head.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect
        .poll(() =>
          head.evaluate((el) => el.getBoundingClientRect().top > 0 && el.getBoundingClientRect().bottom < innerHeight),
        )
        .toBe(true);
      const at = await top();
      expect(at, id).toBeGreaterThanOrEqual(0);
      expect(at, id).toBeLessThan(WIDE.height);
    }
    // The page script makes the sidebar, the outline and the 示例 column sticky (after the first frame: global.css).
    for (const selector of ['.op-aside', '.sidebar', '.page-outline'])
      expect(await op.page.locator(selector).evaluate((el) => getComputedStyle(el).position), selector).toBe('sticky');
  });

  it('marks the section in view in the outline as the reader scrolls', async () => {
    const op = await openFlatten();
    const outline = new PageOutline(op.page);
    await outline.scrollTo('responses-title');
    await expect.poll(() => outline.marked()).toBe('响应');
    await outline.scrollTo('body-fields');
    await expect.poll(() => outline.marked()).toBe('请求体');
    await outline.scrollTo('history-title');
    await expect.poll(() => outline.marked()).toBe('变更历史');
  });

  it('shows the copy-link control of a row on hover and on keyboard focus only, and keeps it in the accessibility tree', async () => {
    const op = await openFlatten();
    const button = op.page.locator('[data-copy-link="body.flattenVmInstance.dryRun"]');
    await button.waitFor({ state: 'attached' });
    const opacity = () => button.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    expect(await button.getAttribute('aria-label')).toBe('复制链接：字段 body.flattenVmInstance.dryRun');
    await op.row('body.flattenVmInstance.dryRun').locator(':scope > .field-head').hover();
    await expect.poll(opacity).toBe('1');
    await op.page.mouse.move(0, 0);
    await op.tabTo('[data-copy-link="body.flattenVmInstance.full"]');
    expect(
      await op.page
        .locator('[data-copy-link="body.flattenVmInstance.full"]')
        .evaluate((el) => getComputedStyle(el).opacity),
    ).toBe('1');
  });

  it('skips the layout of far sections on screen, and lays every one out for print', async () => {
    const op = await openFlatten();
    const history = op.page.locator('.op-main > section[aria-labelledby="history-title"]');
    expect(await history.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
    await op.page.emulateMedia({ media: 'print' });
    expect(await history.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
    expect(
      await op.page
        .locator('.response')
        .last()
        .evaluate((el) => getComputedStyle(el).contentVisibility),
    ).toBe('visible');
  });
});

describe('the sidebar', () => {
  it('marks the current page and narrows to one operation as the reader types 停止', async () => {
    const op = await openFlatten();
    const sidebar = new Sidebar(op.page);
    expect(await sidebar.current()).toBe('/api/FlattenVmInstance/');
    await sidebar.filter('停止');
    await expect
      .poll(() => sidebar.visibleOperations())
      .toEqual([{ href: '/api/StopVmInstance/', title: '停止云主机' }]);
    expect(await sidebar.status().textContent()).toBe('找到 1 个接口。');
    await sidebar.filterBox().press('Escape');
    await expect.poll(async () => (await sidebar.visibleOperations()).length).toBe(8);
  });

  it('finds an operation of another category by its API name, and opens a closed category on demand', async () => {
    const op = await openFlatten();
    const sidebar = new Sidebar(op.page);
    await sidebar.filter('logout');
    await expect.poll(() => sidebar.visibleOperations()).toEqual([{ href: '/api/LogOut/', title: '退出登录' }]);
    await sidebar.filterBox().fill('');
    await sidebar.filterBox().press('Escape');
    await op.page.locator('site-nav summary', { hasText: '异步任务接口' }).click();
    await expect
      .poll(async () => (await sidebar.visibleOperations()).map((o) => o.href))
      .toContain('/api/GetApiJobResult/');
  });

  it('keeps the link under the pointer in place while the whole list comes, and shows the list once the pointer has left', async () => {
    const op = await openFlatten();
    const sidebar = new Sidebar(op.page);
    const link = op.page.locator('site-nav a[href="/api/StartVmInstance/"]');
    const before = await link.boundingBox();
    const navFile = op.page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/nav/'));
    await link.hover();
    await navFile;
    // Time for the list to be read and built (a few frames): the link has not moved under the pointer.
    await op.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await link.boundingBox()).toEqual(before);
    await op.page.mouse.move(before!.x + 800, before!.y);
    await expect.poll(async () => (await sidebar.visibleOperations()).length).toBe(8);
  });

  it('sits behind a button on a phone', async () => {
    const op = await openFlatten({ width: 375, height: 740 });
    const sidebar = new Sidebar(op.page);
    expect(await sidebar.filterBox().isVisible()).toBe(false);
    await sidebar.toggle().click();
    expect(await sidebar.toggle().getAttribute('aria-expanded')).toBe('true');
    expect(await sidebar.filterBox().isVisible()).toBe(true);
    await sidebar.filter('停止');
    await expect
      .poll(() => sidebar.visibleOperations())
      .toEqual([{ href: '/api/StopVmInstance/', title: '停止云主机' }]);
  });

  it('is plain links after the content on a phone without JavaScript', async () => {
    const op = await openFlatten({ width: 375, height: 740 }, false);
    const link = op.page.locator('site-nav a[aria-current="page"]');
    expect(await link.isVisible()).toBe(true);
    const below = await op.page.evaluate(
      () =>
        document.querySelector('site-nav')!.getBoundingClientRect().top >
        document.querySelector('main')!.getBoundingClientRect().bottom - 1,
    );
    expect(below).toBe(true);
  });
});

describe('the 404 page', () => {
  it('opens the search with the words of the address that was not found', async () => {
    const context = await site.browser.newContext({ viewport: WIDE });
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/api/StopVm/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    const box = page.getByLabel('搜索操作、字段或指南');
    expect(await box.inputValue()).toBe('StopVm');
    await box.press('Enter');
    await page.waitForSelector('[data-search-results][data-query="StopVm"]:not([aria-busy])', { timeout: 15_000 });
    expect(await page.locator('[data-search-results] a[href^="/api/StopVmInstance/"]').count()).toBe(2);
  });

  it('names the operation a mistyped address meant, and the server takes a wrongly cased one to it', async () => {
    const context = await site.browser.newContext({ viewport: WIDE });
    const page = await context.newPage();
    const moved = await page.goto(`${site.url}/api/flattenvminstance/#response.inventory.uuid`);
    expect([moved!.status(), page.url()]).toEqual([200, `${site.url}/api/FlattenVmInstance/#response.inventory.uuid`]);
    // A typo: the 404 page names the operation (a static host, without the redirect, does so for the case as well).
    {
      const response = await page.goto(`${site.url}/api/FlattenVmInstanse/`);
      expect(response!.status()).toBe(404);
      const suggestions = page.getByRole('region', { name: '你要找的可能是' });
      await expect
        .poll(() => suggestions.getByRole('link').first().getAttribute('href'))
        .toBe('/api/FlattenVmInstance/');
      expect(await suggestions.getByRole('link').first().textContent()).toBe('扁平合并云主机 FlattenVmInstance');
    }
    // An address near no operation gets no suggestions.
    await page.goto(`${site.url}/api/CreateZone/`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: '你要找的可能是' }).isVisible()).toBe(false);
  });
});
