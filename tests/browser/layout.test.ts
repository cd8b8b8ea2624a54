import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';
import { TryItPanel } from './pages/try-it-panel';

const PHONE = { width: 375, height: 667 };
const DEEP_FIELD = 'response.inventory.allVolumes.lastVmInstanceUuid';

const site = useBrowserSite();
let phone: BrowserContext;

beforeAll(async () => {
  phone = await site.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
});

/**
 * How far the page reaches beyond the screen's width. Against the layout viewport (the root's clientWidth), not
 * innerWidth: a phone zooms out to show a page wider than itself, and innerWidth grows with it.
 */
function getPageOverflow(page: Page) {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);
}

describe('the layout on a phone (375 × 667)', () => {
  it.each(['/', '/api/FlattenVmInstance/', '/changelog/', '/guides/auth/'])(
    'does not scroll sideways on %s',
    async (path) => {
      const page = await phone.newPage();
      await page.goto(site.url + path);
      expect(await getPageOverflow(page)).toBeLessThanOrEqual(0);
      const nav = page.getByRole('navigation', { name: '站点' });
      expect(await nav.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(PHONE.width);
    },
  );

  it("wraps an operation id wider than the screen in the changelog's lists, as ZStack's longest are", async () => {
    const page = await phone.newPage();
    await page.goto(`${site.url}/changelog/`);
    const links = page.locator('main :is(.history, .op-list, .field-list) a');
    expect(await links.count()).toBeGreaterThan(0);
    // ZStack's longest operation ids (GetCandidateVmNicsForLoadBalancerServerGroup) are wider than a phone at 375 px.
    await links.evaluateAll((all) =>
      all.forEach((a) => (a.textContent = 'GetCandidateVmNicsForLoadBalancerServerGroupX')),
    );
    expect(await getPageOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('gives the sidebar the width of the screen, whatever its filter holds', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const width = () => page.locator('site-nav').evaluate((el) => el.getBoundingClientRect().width);
    expect(await width()).toBe(PHONE.width);
    await page.locator('[data-nav-toggle]').click();
    await page.locator('[data-nav-filter]').fill('停止');
    expect(await width()).toBe(PHONE.width);
  });

  it('keeps field rows within the screen', async () => {
    const page = await phone.newPage();
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance', `#${DEEP_FIELD}`);
    const box = await op.row(DEEP_FIELD).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
    expect(await op.row(DEEP_FIELD).locator('.field-desc').isVisible()).toBe(true);
  });

  it('keeps the open 在线调试 panel usable without sideways scrolling', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const panel = new TryItPanel(page);
    await panel.open();
    await panel.waitForEditor();
    expect(await getPageOverflow(page)).toBeLessThanOrEqual(0);
    for (const selector of [
      '[data-login] input[name="password"]',
      '[data-send]',
      'try-it-panel .editor',
      '[data-sample-tabs] [role="tab"]:last-child',
    ]) {
      const box = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.left, selector).toBeGreaterThanOrEqual(0);
      expect(box.right, selector).toBeLessThanOrEqual(PHONE.width);
    }
  });
});

describe('a narrow window with a pointer (390 × 844)', () => {
  it('keeps the hidden 复制链接 button off a line of its own: each description sits right under its row’s line', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const op = new OperationPage(await context.newPage(), site.url);
      await op.open('FlattenVmInstance', `#${DEEP_FIELD}`);
      const rows = op.page.locator('[id^="response.inventory.allVolumes."]:is(li.field)');
      await expect.poll(() => rows.locator('.copy-link').count()).toBeGreaterThan(10);
      // The volume's rows have short names and types: name, type and badge take one line at this width.
      const gaps = await rows.evaluateAll((items) =>
        items.flatMap((row) => {
          const head = row.querySelector(':scope > .field-head')!.getBoundingClientRect();
          const name = row.querySelector(':scope > .field-head > .field-name')!.getBoundingClientRect();
          return head.height > name.height * 1.5 ? [row.id] : [];
        }),
      );
      expect(gaps).toEqual([]);
      // On hover the button shows, at the row's top corner.
      const row = op.row(DEEP_FIELD);
      await row.locator(':scope > .field-head').hover();
      const button = row.locator(':scope > .field-head > .copy-link');
      await expect.poll(() => button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const [buttonBox, rowBox] = await Promise.all([button.boundingBox(), row.boundingBox()]);
      expect(buttonBox!.y - rowBox!.y).toBeLessThan(16);
      expect(rowBox!.x + rowBox!.width - (buttonBox!.x + buttonBox!.width)).toBeLessThan(16);
    } finally {
      await context.close();
    }
  });
});

describe('a laptop window (1280 × 720)', () => {
  it('keeps every field name on one line: the name column is as wide as its level’s longest name', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const op = new OperationPage(await context.newPage(), site.url);
      await op.open('FlattenVmInstance', `#${DEEP_FIELD}`);
      const broken = await op.page.locator('li.field > .field-head > .field-name').evaluateAll((names) =>
        names.flatMap((name) => {
          const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
          return name.getBoundingClientRect().height > lineHeight * 1.5 ? [name.textContent] : [];
        }),
      );
      expect(broken).toEqual([]);
      // Nor is a row's 起始版本 or default cut off at its end: a level of long names and types kept no room for it.
      const cut = await op.page.locator('.field-facts > *').evaluateAll((facts) =>
        facts.flatMap((fact) => {
          const row = fact.closest('.field-head')!.getBoundingClientRect();
          const box = fact.getBoundingClientRect();
          return box.width > 0 && box.right > row.right + 1
            ? [`${fact.closest('.field')!.id}: ${fact.textContent}`]
            : [];
        }),
      );
      expect(cut).toEqual([]);
      // A long type breaks after its "<", not inside the name of the type.
      const type = op.row('response.inventory.vmCdRoms').locator(':scope > .field-head > .field-type');
      const text = await type.evaluate((el) => [...el.childNodes].map((n) => n.textContent).filter(Boolean));
      expect(text).toEqual(['List<', 'VmCdRomInventory>']);
      const lastPartLines = await type.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el.lastChild!);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lastPartLines).toBe(1);
      // On hover the 复制链接 button shows at the row's end, over none of the row's words. (On the page without the
      // deep link: the page script keeps a deep link's row in view, and would scroll the hovered row away.)
      await op.open('FlattenVmInstance');
      const head = op.row('response.inventory.instanceOfferingUuid').locator(':scope > .field-head');
      await head.hover();
      const button = head.locator('.copy-link');
      await expect.poll(() => button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const boxes = await head.evaluate((el) =>
        [...el.children].map((child) => child.getBoundingClientRect().toJSON() as DOMRect),
      );
      const buttonBox = boxes.at(-1)!;
      for (const box of boxes.slice(0, -1)) expect(box.right).toBeLessThanOrEqual(buttonBox.left);
    } finally {
      await context.close();
    }
  });
});

describe('the printed reference page', () => {
  it('leaves out navigation, buttons and the panel, and prints collapsed rows', async () => {
    const page = await site.browser.newPage();
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance');
    await op.collapseResponses();
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'nav[aria-label="站点"]',
      '.search-button',
      '.theme-toggle',
      '.try-it',
      '.tree-toolbar',
      '.copy-link',
      '.copy-button',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('button:visible, [role="tablist"]:visible').count()).toBe(0);
    expect(await op.row(DEEP_FIELD).isVisible()).toBe(true);
    expect(await op.row('response.error.cause').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });

  it('opens collapsed levels for printing and closes them afterwards', async () => {
    const page = await site.browser.newPage();
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance');
    await op.collapseResponses();
    const openCount = () => page.locator('details.field-children[open]').count();
    const before = await openCount();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('details:not([open])').count()).toBe(0);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await openCount()).toBe(before);
  });
});
