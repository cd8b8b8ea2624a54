import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { OperationPage } from './pages/operation-page';
import { TryItPanel } from './pages/try-it-panel';

const LABELS = ['curl', 'Java SDK', 'Python SDK', 'zstack-cli', 'JavaScript', 'Python', 'Go'];
/** The samples in the operation page's HTML; the others are fetched from its page of more samples. */
const STATIC_LABELS = ['curl', 'Java SDK', 'Python SDK'];
/** The samples of the page of more samples: those the operation page leaves out, and no others. */
const MORE_LABELS = ['zstack-cli', 'JavaScript', 'Python', 'Go'];
const MORE_LINE = 'zstack-cli、JavaScript、Python、Go 的示例见更多请求示例。';
const SAMPLES_PATH = '/api/FlattenVmInstance/samples/';
/** github-light's keyword colour, as the Go sample's `package` is shown. */
const KEYWORD_COLOUR = 'rgb(215, 58, 73)';
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
    return this.page.evaluate(() =>
      document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null,
    );
  }

  /** The labels of the samples a reader can see. */
  visibleLabels() {
    return this.page
      .locator('sample-tabs > figure.code-sample:visible')
      .evaluateAll((figures) => figures.map((figure) => figure.getAttribute('data-label')));
  }

  /** The line that points readers without JavaScript to the page of more samples. */
  moreLine() {
    return this.page.locator('sample-tabs > .sample-more');
  }

  /** How the highlighted Go sample's first keyword is coloured: its class, and the colour that class gives. */
  goKeyword() {
    return this.page
      .locator('#sample-go pre.astro-code span', { hasText: /^package$/ })
      .evaluate((el) => [el.className, getComputedStyle(el).color]);
  }
}

/** Counts the operation page's fetches of its page of more samples. */
function countSamplesPageFetches(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === SAMPLES_PATH) urls.push(request.url());
  });
  return () => urls.length;
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
    const steps: Array<[string, string]> = [
      ['ArrowRight', 'Java SDK'],
      ['End', 'Go'],
      ['ArrowRight', 'curl'],
      ['ArrowLeft', 'Go'],
      ['Home', 'curl'],
    ];
    for (const [key, label] of steps) {
      await op.page.keyboard.press(key);
      expect([key, await samples.focusedTab(), await samples.selectedTab(), await samples.visibleLabels()]).toEqual([
        key,
        label,
        label,
        [label],
      ]);
    }
    const panel = await samples.tab('Go').getAttribute('aria-controls');
    expect(
      await op.page
        .locator(`[id="${panel}"]`)
        .evaluate((el) => [
          el.getAttribute('role'),
          document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent,
        ]),
    ).toEqual(['tabpanel', 'Go']);
    expect(await samples.tabs().evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex))).toEqual([
      0, -1, -1, -1, -1, -1, -1,
    ]);
    await context.close();
  });

  it('remembers the chosen language on the next page and in the 在线调试 panel', async () => {
    const context = await site.browser.newContext();
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    await samples.tab('Python').click();
    // The next page in the same tab, as a reader following a link. (A page opened in a new tab at the same
    // instant may not see the choice yet: Chromium hands localStorage writes to other processes asynchronously.)
    await op.open('LogInByAccount');
    expect([await samples.selectedTab(), await samples.visibleLabels()]).toEqual(['Python', ['Python']]);
    expect(await op.page.locator('#sample-python').textContent()).toContain('response = requests.put(');
    const panel = new TryItPanel(op.page);
    await panel.open();
    expect(await op.page.locator('try-it-panel [data-sample-tabs] [aria-selected="true"]').textContent()).toBe(
      'Python',
    );
    await context.close();
  });

  it('loads the Go sample from the page of more samples once, highlighted, when its tab is chosen, and copies it', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    const fetches = countSamplesPageFetches(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${SAMPLES_PATH}`, async (route) => {
      await held;
      await route.continue();
    });
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance');
    const samples = new RequestSamples(page);
    expect(await page.locator('#sample-go').count()).toBe(0);
    await samples.tab('Go').click();
    await expect.poll(() => op.samplePanel('go').textContent()).toBe('正在加载示例…');
    release();
    expect(await page.locator('#sample-go pre.astro-code').textContent()).toMatch(/^package main\n/);
    expect(await samples.goKeyword()).toEqual([expect.stringMatching(/^ta\d+$/), KEYWORD_COLOUR]);
    expect([await samples.selectedTab(), await samples.visibleLabels()]).toEqual(['Go', ['Go']]);
    await op.samplePanel('go').getByRole('button', { name: '复制 Go 示例' }).click();
    const expected = await page.locator('#sample-go pre').textContent();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    for (const label of ['zstack-cli', 'JavaScript', 'Python', 'Go']) await samples.tab(label).click();
    expect(await page.locator('#sample-python pre.astro-code').textContent()).toContain('response = requests.put(');
    expect(await page.locator('#sample-cli pre.astro-code').textContent()).toContain(
      'zstack-cli FlattenVmInstance uuid=',
    );
    expect(fetches()).toBe(1);
    await context.close();
  });

  it('says when a sample cannot be loaded, links to the page of more samples, and tries again on the next choice', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.route(`**${SAMPLES_PATH}`, (route) => route.abort());
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance');
    const samples = new RequestSamples(page);
    await samples.tab('JavaScript').click();
    await expect.poll(() => op.samplePanel('javascript').textContent()).toBe('示例加载失败：打开更多请求示例');
    expect(
      await op.samplePanel('javascript').getByRole('link', { name: '打开更多请求示例' }).getAttribute('href'),
    ).toBe(SAMPLES_PATH);
    await page.unroute(`**${SAMPLES_PATH}`);
    await samples.tab('curl').click();
    await samples.tab('JavaScript').click();
    expect(await page.locator('#sample-javascript pre.astro-code').textContent()).toContain('await fetch(');
    await context.close();
  });

  it('shows a remembered lazy language after a reload, and one chosen in another tab of the browser', async () => {
    const context = await site.browser.newContext();
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    const other = await openPage(context, 'FlattenVmInstance');
    await samples.tab('Go').click();
    // The other page hears of the choice through a storage event.
    expect(await other.op.page.locator('#sample-go pre.astro-code').textContent()).toMatch(/^package main\n/);
    expect(await other.samples.selectedTab()).toBe('Go');
    await op.page.reload();
    expect(await op.page.locator('#sample-go pre.astro-code').textContent()).toMatch(/^package main\n/);
    expect([await samples.selectedTab(), await samples.visibleLabels()]).toEqual(['Go', ['Go']]);
    expect(await samples.goKeyword()).toEqual([expect.stringMatching(/^ta\d+$/), KEYWORD_COLOUR]);
    await context.close();
  });

  it('prints the samples in the page, those fetched, and the line to the others', async () => {
    const context = await site.browser.newContext();
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    await op.page.emulateMedia({ media: 'print' });
    expect(await samples.visibleLabels()).toEqual(STATIC_LABELS);
    expect(await op.page.locator('sample-tabs figcaption .sample-label:visible').allTextContents()).toEqual(
      STATIC_LABELS,
    );
    expect(await samples.moreLine().textContent()).toBe(MORE_LINE);
    expect(await samples.moreLine().isVisible()).toBe(true);
    await op.page.emulateMedia({ media: 'screen' });
    expect(await samples.moreLine().isVisible()).toBe(false);
    await samples.tab('Go').click();
    await op.page.locator('#sample-go pre').waitFor();
    await op.page.emulateMedia({ media: 'print' });
    expect(await samples.visibleLabels()).toEqual([...STATIC_LABELS, 'Go']);
    await context.close();
  });

  it('shows the samples in the page, then a line linking to the other four, labelled and highlighted, when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { op, samples } = await openPage(context, 'FlattenVmInstance');
    expect(await samples.tabs().count()).toBe(0);
    expect(await samples.visibleLabels()).toEqual(STATIC_LABELS);
    expect(await op.page.locator('sample-tabs figcaption .sample-label:visible').allTextContents()).toEqual(
      STATIC_LABELS,
    );
    expect(await op.page.locator('sample-tabs pre.astro-code:visible').count()).toBe(STATIC_LABELS.length);
    // One line where the other four samples were.
    expect(
      await op.page
        .locator('sample-tabs > :visible')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-label') ?? el.textContent)),
    ).toEqual([...STATIC_LABELS, MORE_LINE]);
    await samples.moreLine().getByRole('link', { name: '更多请求示例' }).click();
    await op.page.waitForURL(`**${SAMPLES_PATH}`);
    expect(await op.page.title()).toBe('扁平合并云主机 · 更多请求示例 · ZStack API 参考');
    expect(await samples.visibleLabels()).toEqual(MORE_LABELS);
    expect(await op.page.locator('sample-tabs figcaption .sample-label:visible').allTextContents()).toEqual(
      MORE_LABELS,
    );
    expect(await op.page.locator('sample-tabs pre.astro-code:visible').count()).toBe(MORE_LABELS.length);
    expect(await samples.goKeyword()).toEqual([expect.stringMatching(/^ta\d+$/), KEYWORD_COLOUR]);
    expect(await samples.moreLine().count()).toBe(0);
    await op.page.getByRole('link', { name: '← 返回扁平合并云主机（FlattenVmInstance）' }).click();
    await op.page.waitForURL('**/api/FlattenVmInstance/');
    await context.close();
  });

  it('shows the other samples as tabs on the page of more samples, with working copy buttons', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const op = new OperationPage(await context.newPage(), site.url);
    await op.openSamples('FlattenVmInstance');
    const samples = new RequestSamples(op.page);
    expect(await samples.tabs().allTextContents()).toEqual(MORE_LABELS);
    await samples.tab('Python').click();
    await op.samplePanel('python').getByRole('button', { name: '复制 Python 示例' }).click();
    await expect
      .poll(() => op.page.evaluate(() => navigator.clipboard.readText()))
      .toContain('response = requests.put(');
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

describe('the response examples', () => {
  const examples = (page: Page) => page.locator('#response-examples-title').locator('xpath=..');

  it('are in the page, highlighted, with nothing fetched, and their copy buttons work', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    const fetches = countSamplesPageFetches(page);
    const op = new OperationPage(page, site.url);
    await op.open('FlattenVmInstance');
    await page.locator('#response-examples-title').scrollIntoViewIfNeeded();
    const inventory = page.locator('#example-job-200 pre.astro-code');
    expect(JSON.parse((await inventory.textContent())!).inventory.uuid).toBe('ce09028b684c3eb78219f5e20bddc3d5');
    expect(await examples(page).locator('figure.code-sample figcaption .sample-label').allTextContents()).toEqual([
      '202（提交请求）',
      '400（提交请求）',
      '200（轮询任务结果）',
      '503（轮询任务结果）',
    ]);
    // A JSON key is not in the plain text colour.
    const [keyColour, plainColour] = await inventory.evaluate((pre) => [
      getComputedStyle(pre.querySelector('span')!).color,
      getComputedStyle(pre).color,
    ]);
    expect(keyColour).not.toBe(plainColour);
    await page.getByRole('button', { name: '复制 200（轮询任务结果） 示例' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await inventory.textContent());
    expect(fetches()).toBe(0);
    await context.close();
  });

  it('show a long example in a box that scrolls, reachable by keyboard, and readable with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const op = new OperationPage(await context.newPage(), site.url);
    await op.open('FlattenVmInstance');
    const box = op.page.locator('#example-job-200');
    await box.scrollIntoViewIfNeeded();
    expect(await box.isVisible()).toBe(true);
    expect(
      await box.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto'),
    ).toBe(true);
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(JSON.parse((await box.locator('pre').textContent())!).inventory.name).toBe('Test-VM');
    await context.close();
  });
});
