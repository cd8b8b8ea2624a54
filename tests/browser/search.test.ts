import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';
import { SearchDialog } from './pages/search-dialog';

const DEEP_FIELD = 'response.inventory.allVolumes.lastVmInstanceUuid';
/** The test build's operations whose response has a lastVmInstanceUuid row (a VM's volumes), and that row. */
const SHARED_FIELD_ROWS: Record<string, string> = {
  FlattenVmInstance: DEEP_FIELD,
  RebootVmInstance: DEEP_FIELD,
  StartVmInstance: DEEP_FIELD,
  StopVmInstance: DEEP_FIELD,
  QueryVmInstance: 'response.inventories.allVolumes.lastVmInstanceUuid',
  QueryVmInstanceByUuid: 'response.inventories.allVolumes.lastVmInstanceUuid',
};

const site = useBrowserSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
});

async function openIndex() {
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  return { page, search: new SearchDialog(page) };
}

describe('the site search', () => {
  it("loads the dialog's script and the index only when the dialog opens, with / or Ctrl+K, and closes with Esc", async () => {
    const page = await context.newPage();
    const search = new SearchDialog(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('search-element'))).toEqual([]);
    expect(await search.dialog().count()).toBe(0);

    await search.openWithShortcut('/');
    expect(await search.isOpen()).toBe(true);
    expect(requests.filter((p) => p.includes('search-element'))).toHaveLength(1);
    expect(await search.input().evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await search.isOpen()).toBe(false);

    const button = page.getByRole('button', { name: '搜索' });
    await button.focus();
    await search.openWithShortcut('Control+K');
    expect(await search.isOpen()).toBe(true);
    await search.input().fill('扁平');
    await page.keyboard.press('Escape');
    expect(await search.isOpen()).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('says so in the dialog when its script cannot be loaded, and works again after a reload', async () => {
    const page = await context.newPage();
    const search = new SearchDialog(page);
    await page.route(/search-element/, (route) => route.abort('connectionrefused'));
    await page.goto(`${site.url}/`);
    await search.openWithShortcut('/');
    expect(await search.status()).toBe('搜索功能加载失败：请检查网络连接后刷新页面重试（按 Esc 关闭）。');
    await page.keyboard.press('Escape');
    expect(await search.isOpen()).toBe(false);
    await page.unroute(/search-element/);
    await page.reload();
    await search.openWithShortcut('Control+K');
    expect((await search.search('dryRun')).map((r) => r.href)).toEqual([
      '/api/FlattenVmInstance/#body.flattenVmInstance.dryRun',
      '/api/FlattenVmInstance/',
    ]);
  });

  it("answers a field's name from the field index alone, every operation's row, the reader's first, without Pagefind", async () => {
    const page = await context.newPage();
    await page.route(/\/pagefind\//, (route) => route.abort('connectionrefused'));
    await page.goto(`${site.url}/api/StopVmInstance/`);
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    const results = await search.search('lastVmInstanceUuid');
    expect(results[0]!.href).toBe(`/api/StopVmInstance/#${DEEP_FIELD}`);
    expect(results[0]!.text).toContain(
      '停止云主机（StopVmInstance）· 响应字段 inventory.allVolumes.lastVmInstanceUuid',
    );
    const rows = Object.entries(SHARED_FIELD_ROWS).map(([op, row]) => `/api/${op}/#${row}`);
    expect(results.map((r) => r.href).sort()).toEqual(rows.sort());
    expect(await page.locator('[data-search-status]').textContent()).toBe('找到 6 条结果。');
    // A word that only starts a field's name is Pagefind's to answer: without its index, the field rows it starts.
    expect((await search.search('lastVm')).map((r) => r.href).sort()).toEqual(rows.sort());
    // The index did not arrive: the reader is told so, not told to build the site.
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      '搜索索引加载失败：请检查网络连接，再次输入即可重试。',
    );
    // And a word no field starts: an empty list, not the rows of the query before.
    expect(await search.search('扁平')).toEqual([]);
    // The network back, the next search loads the index.
    await page.unroute(/\/pagefind\//);
    expect((await search.search('扁平合并')).map((r) => r.href)).toContain('/api/FlattenVmInstance/');
  });

  it('shows ten results first and ten more at each 再显示, the keyboard going on at the first new one', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    expect(await search.search('uuid')).toHaveLength(10);
    const status = (await page.locator('[data-search-status]').textContent())!;
    const total = Number(/找到 (\d+) 条结果，显示前 10 条。/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    const more = page.getByRole('button', { name: '再显示 10 条' });
    await more.click();
    await expect.poll(async () => (await search.results()).length).toBe(20);
    const focusedAt = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-search-results] > li')].findIndex((li) =>
          li.contains(document.activeElement),
        ),
      );
    await expect.poll(focusedAt).toBe(10);
    // A new query starts from ten again.
    expect((await search.search('name')).length).toBeLessThanOrEqual(10);
    await page.close();
  });

  it('says how to build the index where the site has none', async () => {
    const page = await context.newPage();
    await page.route(/\/pagefind\//, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    await search.search('扁平');
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      '搜索索引不存在：请先构建站点（npm run build）后再使用搜索。',
    );
  });

  it('does not open on / typed into a field of the page', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const search = new SearchDialog(page);
    await page.locator('[data-open]').click();
    await page.locator('try-it-panel input[name="session"]').focus();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.keyboard.type('a/b');
    expect(await page.locator('try-it-panel input[name="session"]').inputValue()).toBe('a/b');
    // The same key outside a field does open it: so nothing above passed only because the search never opens.
    await page.locator('h1').click();
    await search.openWithShortcut('/');
    expect(await search.isOpen()).toBe(true);
    expect(requests.filter((p) => p.includes('search-element'))).toHaveLength(1);
  });

  it('finds the operation and its fields by a Chinese term', async () => {
    const { page, search } = await openIndex();
    await search.openWithShortcut('/');
    const results = await search.search('扁平');
    expect(results.map((r) => r.href)).toContain('/api/FlattenVmInstance/');
    expect(results.find((r) => r.href === '/api/FlattenVmInstance/')!.text).toContain('扁平合并云主机');
    expect(results.map((r) => r.href)).toContain('/api/FlattenVmInstance/#body.flattenVmInstance.full');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toBe('扁平');
  });

  it('gives first the operation the query names, on any page, above the fields that mention it, and counts the rows it shows', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    for (const [query, first] of [
      ['扁平合并云主机', '/api/FlattenVmInstance/'],
      ['FlattenVmInstance', '/api/FlattenVmInstance/'],
      ['启动云主机', '/api/StartVmInstance/'],
      ['StartVmInstance', '/api/StartVmInstance/'],
    ]) {
      const results = await search.search(query!);
      expect(results[0]!.href, query).toBe(first);
      const status = await page.locator('[data-search-status]').textContent();
      const count = Number(/找到 (\d+) 条结果/.exec(status ?? '')?.[1]);
      expect(count, `${query}: ${status}`).toBeGreaterThanOrEqual(results.length);
    }
  });

  it('finds operations, guides and fields by English names', async () => {
    const { search } = await openIndex();
    await search.openWithShortcut('/');
    expect((await search.search('flatten')).map((r) => r.href)).toEqual(
      expect.arrayContaining(['/api/FlattenVmInstance/', '/api/FlattenVmInstance/#body.flattenVmInstance']),
    );
    const dryRun = await search.search('dryRun');
    expect(dryRun.find((r) => r.href === '/api/FlattenVmInstance/#body.flattenVmInstance.dryRun')?.text).toMatch(
      /^字段 dryRun Boolean扁平合并云主机（FlattenVmInstance）· 请求体字段/,
    );
    expect((await search.search('会话')).map((r) => r.href)).toContain('/guides/auth/');
    expect(await search.search('龘靐齉')).toEqual([]);
    expect(await search.status()).toBe('没有找到与「龘靐齉」相关的结果。');
  });

  it('gives the row of the operation named beside the field first, for every operation that shares the field', async () => {
    const { search } = await openIndex();
    await search.openWithShortcut('/');
    const rows = Object.entries(SHARED_FIELD_ROWS).map(([op, row]) => `/api/${op}/#${row}`);
    expect((await search.search('lastVmInstanceUuid')).map((r) => r.href).sort()).toEqual(rows.sort());
    for (const [op, row] of Object.entries(SHARED_FIELD_ROWS)) {
      const [first] = await search.search(`${op} lastVmInstanceUuid`);
      expect(first?.href).toBe(`/api/${op}/#${row}`);
    }
    // The operation's own body key (flattenVmInstance) also matches its name: the field typed beside it still wins.
    const flatten = await search.search('FlattenVmInstance lastVmInstanceUuid');
    expect(flatten[0]!.href).toBe(`/api/FlattenVmInstance/#${DEEP_FIELD}`);
    expect(flatten[0]!.text).toMatch(/^字段 lastVmInstanceUuid String扁平合并云主机（FlattenVmInstance）· 响应字段/);
  });

  it('shows the results of the whole word typed key by key, never those of a shorter part typed before it', async () => {
    const { page, search } = await openIndex();
    await search.openWithShortcut('/');
    await search.input().pressSequentially('dryRun');
    // The word's results are complete when the list is no longer busy: the field rows come first, the pages after.
    await page.waitForFunction(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset['query'] === 'dryRun' && !list.hasAttribute('aria-busy');
    });
    const typed = await search.results();
    // Every search started while one ran is folded into one run with the text then typed: the last one shown is the word.
    await page.waitForTimeout(300);
    const shown = await page.evaluate(() =>
      performance
        .getEntriesByName('site-search:results')
        .map((entry) => (entry as PerformanceMeasure).detail as string),
    );
    expect(shown.at(-1)).toBe('dryRun');
    expect(await search.results()).toEqual(typed);
    expect(typed.map((r) => r.href)).toEqual((await search.search('dryRun')).map((r) => r.href));
    expect(typed.map((r) => r.href)).toContain('/api/FlattenVmInstance/#body.flattenVmInstance.dryRun');
  });

  it('finds nothing for a Latin word no page has, though a page has a word it starts with', async () => {
    const { search } = await openIndex();
    await search.openWithShortcut('/');
    // The auth guide shows \n, indexed as the word "n", which Pagefind would match for any word starting with n.
    expect(await search.search('nosuchwordanywhere')).toEqual([]);
    expect(await search.status()).toBe('没有找到与「nosuchwordanywhere」相关的结果。');
    expect(await search.search('FlattenVmInstance lastVmInstanceUuidX')).toEqual([]);
    // A word's beginning still finds it: the rows of every operation that has lastVmInstanceUuid.
    expect((await search.search('lastVm')).map((r) => r.href).sort()).toEqual(
      Object.entries(SHARED_FIELD_ROWS)
        .map(([op, row]) => `/api/${op}/#${row}`)
        .sort(),
    );
  });

  it('fetches no search file while an operation page loads, and reports each search as a User Timing entry', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => /pagefind|search-element|search-fields/.test(p))).toEqual([]);
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    await search.search('lastVmInstanceUuid');
    const timing = await search.lastTiming('lastVmInstanceUuid');
    expect(timing).toBeGreaterThan(0);
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });

  it('takes a field result to its row, expanded and highlighted', async () => {
    const { page, search } = await openIndex();
    await search.openWithShortcut('Control+K');
    await search.search('lastVmInstanceUuid');
    await search.follow(`/api/FlattenVmInstance/#${DEEP_FIELD}`);
    await page.waitForURL(`**/api/FlattenVmInstance/#${DEEP_FIELD}`);
    const op = new OperationPage(page, site.url);
    await expect.poll(() => op.isInViewport(DEEP_FIELD)).toBe(true);
    expect(await op.row(DEEP_FIELD).evaluate((el) => el.classList.contains('is-highlighted'))).toBe(true);
  });

  it('lists the fields of the page it is on first and jumps to a collapsed row', async () => {
    const page = await context.newPage();
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance');
    await op.collapseResponses();
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(false);
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    expect((await search.search('lastVmInstanceUuid'))[0]!.href).toBe(`/api/FlattenVmInstance/#${DEEP_FIELD}`);
    await page.locator('[data-search-results] a').first().click();
    expect(await search.isOpen()).toBe(false);
    await expect.poll(() => op.isInViewport(DEEP_FIELD)).toBe(true);
    expect(await op.row(DEEP_FIELD).evaluate((el) => el.classList.contains('is-highlighted'))).toBe(true);
  });
});
