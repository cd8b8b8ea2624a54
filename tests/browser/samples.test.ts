import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';
import { TryItPanel } from './pages/try-it-panel';

const LABELS = ['curl', 'Java SDK', 'Python SDK', 'zstack-cli', 'JavaScript', 'Python', 'Go'];
const STOPPED_VM = '5d1c0a3e2b7f4c69a8e0d2b4c6f81357';

const site = useBrowserSite();

/** The 请求示例 section of an operation page. */
class RequestSamples {
  constructor(readonly page: Page) {}

  tabs() {
    return this.page.locator('sample-tabs [role="tab"]');
  }

  tab(label: string) {
    return this.page.locator('sample-tabs [role="tab"]', { hasText: new RegExp(`^${label}$`) });
  }

  selectedTab() {
    return this.page.locator('sample-tabs [role="tab"][aria-selected="true"]').textContent();
  }

  focusedTab() {
    return this.page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
  }

  /** The labels of the samples a reader can see. */
  visibleLabels() {
    return this.page.locator('sample-tabs > figure.code-sample:visible').evaluateAll((figures) =>
      figures.map((figure) => figure.getAttribute('data-label')),
    );
  }
}

async function openPage(context: BrowserContext, operationId: string) {
  const op = new OperationPage(await context.newPage(), site.url);
  await op.open(operationId);
  return { op, samples: new RequestSamples(op.page) };
}

describe('the request samples', () => {
  it('shows one sample at a time in tabs that arrows, Home and End move through', async () => {
    const context = await site.browser.newContext();
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    expect(await samples.tabs().allTextContents()).toEqual(LABELS);
    expect([await samples.selectedTab(), await samples.visibleLabels()]).toEqual(['curl', ['curl']]);
    await samples.tab('curl').focus();
    const steps: Array<[string, string]> = [['ArrowRight', 'Java SDK'], ['End', 'Go'], ['ArrowRight', 'curl'], ['ArrowLeft', 'Go'], ['Home', 'curl']];
    for (const [key, label] of steps) {
      await op.page.keyboard.press(key);
      expect([key, await samples.focusedTab(), await samples.selectedTab(), await samples.visibleLabels()]).toEqual([key, label, label, [label]]);
    }
    const panel = await samples.tab('Go').getAttribute('aria-controls');
    expect(await op.page.locator(`[id="${panel}"]`).evaluate((el) => [el.getAttribute('role'), document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent])).toEqual(['tabpanel', 'Go']);
    expect(await samples.tabs().evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1, -1, -1, -1]);
    await context.close();
  });

  it('remembers the chosen language on the next page and in the 在线调试 panel', async () => {
    const context = await site.browser.newContext();
    const first = await openPage(context, 'FlattenVmInstance');
    await first.samples.tab('Python').click();
    const { op, samples } = await openPage(context, 'LogInByAccount');
    expect([await samples.selectedTab(), await samples.visibleLabels()]).toEqual(['Python', ['Python']]);
    expect(await op.page.locator('#sample-python').textContent()).toContain('response = requests.put(');
    const panel = new TryItPanel(op.page);
    await panel.open();
    expect(await op.page.locator('try-it-panel [data-sample-tabs] [aria-selected="true"]').textContent()).toBe('Python');
    await context.close();
  });

  it('copies the sample of the chosen tab', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    await samples.tab('Go').click();
    await op.page.locator('button[data-copy-target="sample-go"]').click();
    const expected = await op.page.locator('#sample-go pre').textContent();
    expect(expected).toMatch(/^package main\n/);
    await expect.poll(() => op.page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await context.close();
  });

  it('shows every sample with its label, highlighted, when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    expect(await samples.tabs().count()).toBe(0);
    expect(await samples.visibleLabels()).toEqual(LABELS);
    expect(await op.page.locator('sample-tabs figcaption .sample-label:visible').allTextContents()).toEqual(LABELS);
    expect(await op.page.locator('sample-tabs pre.astro-code:visible').count()).toBe(LABELS.length);
    await context.close();
  });

  it("shows the uuid typed into the panel in every client's sample", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const panel = new TryItPanel(page);
    await panel.open();
    await page.locator('try-it-panel [data-param="path.uuid"]').fill(STOPPED_VM);
    const tabs = page.locator('try-it-panel [data-sample-tabs] [role="tab"]');
    expect(await tabs.allTextContents()).toEqual(LABELS);
    for (const label of LABELS) {
      await tabs.filter({ hasText: new RegExp(`^${label}$`) }).click();
      expect([label, await panel.sample()]).toEqual([label, expect.stringContaining(STOPPED_VM)]);
    }
    await context.close();
  });
});
