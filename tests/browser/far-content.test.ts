import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';

// The page skips the layout of what is far off screen (content-visibility: auto, src/styles/global.css):
// a deep link must still land on its row, and find-in-page must still reach the skipped text.
const site = useBrowserSite();
const contexts: BrowserContext[] = [];

afterAll(() => Promise.all(contexts.map((context) => context.close())));

async function open(hash: string, options: { width: number; height: number; javaScriptEnabled?: boolean }) {
  const { javaScriptEnabled = true, ...viewport } = options;
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  contexts.push(context);
  const op = new OperationPage(await context.newPage(), site.url);
  await op.open('FlattenVmInstance', hash);
  return op;
}

/** Where the row's own line (name, type, 必填) sits in the viewport, once a few frames have passed. */
async function getHeadTop(op: OperationPage, id: string) {
  // Timers, not animation frames: the page may run without JavaScript, and Playwright's evaluate still reads layout.
  await op.page.waitForTimeout(300);
  return op
    .row(id)
    .locator(':scope > .field-head')
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
}

describe('far-off content that skips layout', () => {
  const cases = [
    { id: 'response.inventory.allVolumes.lastVmInstanceUuid', width: 1440, height: 900, javaScriptEnabled: true },
    { id: 'response.error.cause', width: 1440, height: 900, javaScriptEnabled: true },
    { id: 'response.inventory.allVolumes.lastVmInstanceUuid', width: 390, height: 844, javaScriptEnabled: true },
    { id: 'response.inventory.allVolumes.lastVmInstanceUuid', width: 1440, height: 900, javaScriptEnabled: false },
  ];
  for (const { id, ...options } of cases) {
    it(`lands a deep link on ${id} and keeps it there while the rows around it take their size (${options.width} px${options.javaScriptEnabled ? '' : ', no JavaScript'})`, async () => {
      const op = await open(`#${id}`, options);
      // With JavaScript the row sits in a block whose layout is skipped while off screen, the case this test is
      // about; without it the page lays out every block at once (nothing would keep the row in view).
      expect(await op.row(id).evaluate((el) => getComputedStyle(el.closest('.response')!).contentVisibility)).toBe(
        options.javaScriptEnabled ? 'auto' : 'visible',
      );
      // Likewise the sticky sidebar, outline and 示例 column: sticky once the page script runs (after the first
      // frame, which then has no sticky layer to raster), and in the flow of the page without it.
      if (options.width >= 1440)
        expect(await op.page.locator('.op-aside').evaluate((el) => getComputedStyle(el).position)).toBe(
          options.javaScriptEnabled ? 'sticky' : 'static',
        );
      const landed = await getHeadTop(op, id);
      expect(landed.top).toBeGreaterThanOrEqual(0);
      expect(landed.bottom).toBeLessThanOrEqual(landed.height);
      await op.page.waitForTimeout(500);
      const later = await getHeadTop(op, id);
      expect(Math.abs(later.top - landed.top)).toBeLessThanOrEqual(2);
    });
  }

  // A row with nested fields is taller than the screen: its own line must be in view, not the middle of its levels.
  // The rows above a deep link's row widen once the page script adds their 复制链接 buttons: the row must stay
  // where the browser put it (at its scroll margin), not move by what they grew.
  const heldCases = [
    { id: 'response.inventory.allVolumes', width: 1280, height: 720 },
    { id: 'response.inventory.vmCdRoms.isoUuid', width: 1280, height: 720 },
    { id: 'response.inventory.allVolumes.lastVmInstanceUuid', width: 390, height: 844 },
  ];
  for (const { id, ...viewport } of heldCases) {
    it(`keeps ${id} at its scroll margin while the rows around it take their size (${viewport.width} px)`, async () => {
      const op = await open(`#${id}`, viewport);
      const margin = await op.row(id).evaluate((el) => parseFloat(getComputedStyle(el).scrollMarginTop));
      const rowTop = () => op.row(id).evaluate((el) => el.getBoundingClientRect().top);
      await op.page.waitForTimeout(300);
      expect(Math.abs((await rowTop()) - margin)).toBeLessThanOrEqual(2);
      await op.page.waitForTimeout(700);
      expect(Math.abs((await rowTop()) - margin)).toBeLessThanOrEqual(2);
      expect(await op.row(id).evaluate((el) => el.classList.contains('is-highlighted'))).toBe(true);
    });
  }

  it('lets find-in-page reach the text of a row whose layout is skipped, and hides none of it', async () => {
    const op = await open('', { width: 1440, height: 900 });
    const far = op.page.locator('.response').last();
    expect(
      await far.evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return rect.top > innerHeight && getComputedStyle(el).contentVisibility === 'auto';
      }),
    ).toBe(true);
    // A description that appears nowhere else on the page, so the browser's search can only match it there.
    const text = await far.evaluate((el) => {
      const page = document.body.textContent ?? '';
      return [...el.querySelectorAll('.field-desc')]
        .map((p) => p.textContent?.trim() ?? '')
        .find((t) => t.length >= 4 && page.indexOf(t) === page.lastIndexOf(t));
    });
    expect(text).toBeTruthy();
    const found = await op.page.evaluate((t) => {
      const hit = (window as unknown as { find: (s: string) => boolean }).find(t);
      const node = getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return {
        hit,
        inFar:
          element?.closest('.response') ===
          document.querySelectorAll('.response')[document.querySelectorAll('.response').length - 1],
      };
    }, text!);
    expect(found).toEqual({ hit: true, inFar: true });
    expect(
      await far.evaluate((el) =>
        [el, ...el.querySelectorAll('*')].every((node) => {
          const style = getComputedStyle(node);
          return style.display !== 'none' && style.visibility !== 'hidden';
        }),
      ),
    ).toBe(true);
  });
});
