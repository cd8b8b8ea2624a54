import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startSite, type RunningSite } from '../support/server';
import { startSimulator } from '../../src/simulator/server';
import { TryItPanel } from './pages/try-it-panel';

const MONACO = /monaco-editor|jsonMode|editor\.worker|json\.worker|codicon|\/panel\./;
const FLATTEN = '/api/FlattenVmInstance/';
/** Monaco's wavy underlines for the one wrong value of the diagnostic test. */
const SQUIGGLES = 1;
/** The ErrorCode chain of the mock's forced failure: the error and its causes. */
const CHAIN = 2;
/** The running VMs of the examples whose name has "VM" (the query sent with two q values). */
const RUNNING_VMS_NAMED_VM = ['Test-VM'];

let site: RunningSite;
let simulator: Awaited<ReturnType<typeof startSimulator>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
/**
 * One context for the tests that do not watch the network: its pages share the HTTP cache (and
 * so Chromium's compiled code), so Monaco is not downloaded and compiled afresh for every test.
 * Each test still gets a page of its own (sessionStorage is per tab), and the afterEach hook
 * below takes away what a context keeps across its pages (localStorage, cookies, permissions).
 * Its clock is Playwright's, so that a send need not wait out the 1 s between polls.
 */
let shared: BrowserContext;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, host: '127.0.0.1', jobDurationMs: 500 });
  site = await startSite(inject('siteDir'), {
    PORTAL_PROXY_ENDPOINTS: simulator.url,
    PORTAL_SIMULATOR_ENDPOINTS: simulator.url,
  });
  browser = await launchBrowser();
  shared = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Time flows as usual; the panel object moves the clock on over the waits between polls (TryItPanel's fastForward).
  await shared.clock.install();
});

afterAll(async () => {
  await browser?.dispose();
  await site?.close();
  await simulator?.close();
});

/** Every page and fresh context a test opens is closed after it: a page left open keeps Monaco and its workers busy for the next tests. */
const opened: Array<Page | BrowserContext> = [];
afterEach(async () => {
  const onSite = shared.pages().find((page) => page.url().startsWith(site.url));
  await onSite?.evaluate(() => localStorage.clear());
  await Promise.all([shared.clearCookies(), shared.clearPermissions()]);
  await Promise.all(opened.splice(0).map((closable) => closable.close()));
});

/**
 * A page for one test: in the shared context, or in a fresh one (`fresh`) for a test that
 * watches which requests a first visit makes, which a cache would hide.
 */
async function newPanel(options: { fresh?: boolean } = {}) {
  const context = options.fresh ? await browser.newContext({ viewport: { width: 1280, height: 900 } }) : shared;
  const page = await context.newPage();
  opened.push(options.fresh ? context : page);
  return { page, panel: new TryItPanel(page, { fastForward: !options.fresh }) };
}

describe('the 在线调试 panel', () => {
  it('requests nothing of Monaco before the panel is opened', async () => {
    const { page, panel } = await newPanel({ fresh: true });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(site.url + FLATTEN);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => MONACO.test(u))).toEqual([]);
    expect(await page.locator('style[data-source="monaco"]').count()).toBe(0);
    await panel.open();
    await panel.waitForEditor();
    expect(requests.some((u) => /monaco-editor/.test(u))).toBe(true);
  });

  it('starts its downloads when the pointer enters the open button or the focus reaches it, without opening the panel', async () => {
    for (const approach of ['hover', 'focus'] as const) {
      const { page, panel } = await newPanel({ fresh: true });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(site.url + FLATTEN);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => MONACO.test(u) || u.endsWith('/try-it.json'))).toEqual([]);
      await (approach === 'hover' ? panel.openButton().hover() : panel.openButton().focus());
      // The panel's scripts, the page's data, then the shared chunks it lists and the proxy's configuration.
      const parts = ['/monaco-editor.', '/panel.', '/try-it.json', '/try-it/', '/proxy/config'];
      const started = () => parts.map((part) => requests.some((u) => u.includes(part)));
      await expect.poll(started, { message: approach }).toEqual(parts.map(() => true));
      expect(await panel.body().isHidden()).toBe(true);
      expect(await panel.openButton().getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('compiles the panel’s scripts ahead on the pages after one whose panel was built, and not before', async () => {
    const { page, panel } = await newPanel({ fresh: true });
    const preloads = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
          new URL(l.href).pathname.replace(/\.[^/.]+\.js$/, ''),
        ),
      );
    await page.goto(site.url + '/api/StartVmInstance/');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await preloads()).toEqual([]);
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.waitForEditor();

    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.url + '/api/StartVmInstance/');
    await expect.poll(preloads).toEqual(['/_astro/panel', '/_astro/monaco-editor']);
    // Scripts only: nothing of the panel's data is requested before the reader comes to the button.
    expect(requests.filter((u) => u.endsWith('/try-it.json'))).toEqual([]);
    await panel.open();
    await panel.waitForEditor();
  });

  it('creates the editor as soon as Monaco is in, before the proxy’s configuration has answered', async () => {
    const { page, panel } = await newPanel();
    const held: Array<() => Promise<void>> = [];
    await page.route('**/proxy/config', (route) => void held.push(() => route.continue()));
    await page.goto(site.url + FLATTEN);
    await panel.toggle();
    await panel.waitForEditor();
    expect(held).toHaveLength(1);
    expect(await page.locator('try-it-panel').getAttribute('data-ready')).toBeNull();
    await held[0]!();
    await page.waitForSelector('try-it-panel[data-ready="true"]', { timeout: 20_000 });
  });

  it('checks the body in the editor: a diagnostic for "full": "yes" before anything is sent, completion of keys and the Chinese description on hover', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.setBody('{"flattenVmInstance": {"full": "yes", "dryRun": false}, "systemTags": [], "userTags": []}');
    await expect
      .poll(() => panel.diagnostics())
      .toEqual(['flattenVmInstance.full：类型错误，应为 Boolean（true 或 false）']);
    // One wavy underline, under the one wrong value.
    await expect.poll(() => page.locator('try-it-panel .monaco-editor .squiggly-error').count()).toBe(SQUIGGLES);
    expect(await page.locator('[data-result]').isVisible()).toBe(false);

    await panel.setBody('{"flattenVmInstance": {\n\n}}');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('try-it-panel .suggest-widget .monaco-list-row');
    await expect
      .poll(() => suggestions.allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('dryRun'), expect.stringContaining('full')]));
    await page.keyboard.press('Escape');

    await panel.setBody('{"flattenVmInstance": {"full": true}}');
    await page
      .locator('try-it-panel .view-line span > span', { hasText: /^"full"$/ })
      .first()
      .hover();
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await expect.poll(() => hover.textContent(), { timeout: 10_000 }).toContain('扁平合并云主机上所有云盘');
    expect(await hover.textContent()).toContain('默认值 true');
  });

  it('answers a request without a session as ZStack does; logged in, masks the session in the samples unless revealed, shows 202, the polling, then 200 beside the request, and the ErrorCode chain of a failing run', async () => {
    // One page for the whole exchange with the mock, at 1440 × 900: the request and the answer side by side.
    const { page, panel } = await newPanel();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.waitForEditor();
    const refused = await panel.send();
    expect(refused.status).toBe('400');
    expect(refused.body).toBe("missing header 'Authorization'");
    expect(refused.note).toBe('尚未登录：请求没有携带会话。请先登录，或粘贴会话 UUID。');

    // The form says which account the mock takes.
    expect(await page.locator('try-it-panel [data-login] .login-hint').textContent()).toContain('admin，密码 password');
    await panel.logIn();
    expect(await panel.sessionStatus()).toContain('账户 admin（Mock）');
    const session = await panel.storedSession();
    expect(await panel.sample()).not.toContain(session);
    expect(await panel.sample()).toContain('OAuth ••••');
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(result.progress[0]).toMatch(/^提交：202 Accepted/);
    expect(result.progress.at(-1)).toMatch(/200 OK/);
    expect(JSON.parse(result.body!).inventory.uuid).toBe('ce09028b684c3eb78219f5e20bddc3d5');
    expect(result.statusLine).toMatch(/耗时 \d+ ms · 大小 \d+ B/);

    // Both in view once the panel is scrolled to.
    await page.locator('try-it-panel [data-session-bar]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = async (selector: string) => (await page.locator(`try-it-panel ${selector}`).boundingBox())!;
    const [request, response, send, sample] = [
      await box('.request-pane'),
      await box('.response-pane'),
      await box('[data-send]'),
      await box('[data-sample]'),
    ];
    expect(response.x).toBeGreaterThan(request.x + request.width - 1);
    for (const b of [send, sample]) expect(b.y + b.height).toBeLessThanOrEqual(900);
    // The sample's 复制 button hides none of the sample.
    const copySample = await box('[data-copy-sample]');
    expect(copySample.y).toBeGreaterThanOrEqual(sample.y + sample.height);

    await page.locator('[data-reveal]').check();
    expect(await panel.sample()).toContain(`OAuth ${session}`);

    await page.locator('[data-fail]').check();
    const failed = await panel.send();
    expect(failed.status).toBe('503');
    const chain = await page.locator('[data-error-chain] li').allTextContents();
    expect(chain).toHaveLength(CHAIN);
    expect(chain[1]).toContain('（cause）');
  });

  it('logs in to the simulator in live mode, sends exactly the curl shown, and watches the job finish', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.useMode('live');
    expect(await page.locator('[data-mode-summary]').textContent()).toBe(
      `使用当前认证信息和示例参数，经门户代理向 ZStack 模拟器 ${simulator.url} 提交请求。`,
    );
    await panel.logIn();
    expect(await panel.sessionStatus()).toContain(`账户 admin（${simulator.url}）`);
    const sent: Request[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/proxy/zstack/v1/vm-instances/')) sent.push(r);
    });
    await page.locator('[data-reveal]').check();
    const curl = await panel.sample();
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(result.progress[0]).toMatch(/^提交：202 Accepted/);
    expect(JSON.parse(result.body!).inventory.uuid).toBe('ce09028b684c3eb78219f5e20bddc3d5');

    const request = sent[0]!;
    const headers = await request.allHeaders();
    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem('zstack-portal.session')))!)
      .uuid as string;
    expect(curl).toBe(
      [
        `curl -H "Content-Type: application/json;charset=UTF-8" \\`,
        `-H "Authorization: ${headers['authorization']}" \\`,
        `-X ${request.method()} -d '${request.postData()}' \\`,
        `${simulator.url}${new URL(request.url()).pathname.replace('/proxy', '')}`,
      ].join('\n'),
    );
    expect(headers['authorization']).toBe(`OAuth ${session}`);
    expect(request.url()).not.toContain(session);

    // The session is shared by every page's panel and survives navigation.
    await page.goto(site.url + '/api/LogOut/');
    const other = new TryItPanel(page);
    await other.open();
    expect(await other.sessionStatus()).toContain('账户 admin');
    expect(page.url()).not.toContain(session);

    // 退出 calls LogOut and forgets the session.
    expect(await other.target()).toEqual({ mode: 'live', endpoint: simulator.url });
    expect(await other.logOut()).toBe(`已在 ${simulator.url} 退出，会话已失效。`);
    await expect.poll(() => other.sessionStatus()).toBe('当前会话：未登录');
    await page.reload();
    await other.open();
    expect(await other.sessionStatus()).toBe('当前会话：未登录');
  });

  it('logs out on the simulator after a switch to Mock: 退出 goes where the session came from, and ZStack refuses it afterwards', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.useMode('live');
    await panel.logIn();
    const session = await panel.storedSession();
    const query = () =>
      fetch(`${simulator.url}/zstack/v1/vm-instances`, { headers: { Authorization: `OAuth ${session}` } });
    expect((await query()).status).toBe(200);

    await panel.useMode('mock');
    expect(await page.locator('try-it-panel [data-target-warning]').textContent()).toBe(
      `当前会话取自 ${simulator.url}，请求将发往 Mock：该会话在那里可能无效。`,
    );
    expect(await panel.logOut()).toBe(`已在 ${simulator.url} 退出，会话已失效。`);
    const refused = await query();
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain('ID.1001');
  });

  it('keeps the mode and the endpoint across pages, with or without a session', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.useMode('live');
    await page.goto(site.url + '/api/QueryVmInstance/');
    await panel.open();
    expect(await panel.target()).toEqual({ mode: 'live', endpoint: simulator.url });

    await panel.logIn();
    await page.goto(site.url + '/api/StartVmInstance/');
    await panel.open();
    expect(await panel.target()).toEqual({ mode: 'live', endpoint: simulator.url });
    const sent: string[] = [];
    page.on('request', (r) => sent.push(new URL(r.url()).pathname));
    const result = await panel.send();
    expect(result.status).not.toBeNull();
    expect(sent.some((path) => path.startsWith('/proxy/zstack/v1/vm-instances/'))).toBe(true);

    await panel.useMode('mock');
    await page.goto(site.url + FLATTEN);
    await panel.open();
    expect((await panel.target()).mode).toBe('mock');
  });

  it('replaces the login forms with a one-line session bar once logged in, and brings them back after 退出', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    expect(await panel.sessionForms().isVisible()).toBe(true);
    expect(await page.locator('try-it-panel [data-logout]').isVisible()).toBe(false);
    await panel.logIn();
    expect(await panel.sessionForms().isVisible()).toBe(false);
    expect(await page.locator('try-it-panel [data-logout]').isVisible()).toBe(true);
    const bar = page.locator('try-it-panel [data-session-summary]');
    expect(await bar.getAttribute('data-state')).toBe('signed-in');
    expect(await panel.sessionStatus()).toMatch(/^当前会话：账户 admin（Mock），过期时间 .+$/);
    const [barBox, buttonBox] = [
      await bar.boundingBox(),
      await page.locator('try-it-panel [data-logout]').boundingBox(),
    ];
    expect(barBox!.height).toBeLessThan(60);
    expect(buttonBox!.y).toBeGreaterThanOrEqual(barBox!.y);
    expect(await panel.logOut()).toBe('已在 Mock 退出，会话已失效。');
    expect(await panel.sessionForms().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
  });

  it('sends nothing while a path parameter is empty, and says which', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    const uuid = page.locator('try-it-panel [data-param="path.uuid"]');
    expect(await uuid.getAttribute('aria-required')).toBe('true');
    await uuid.fill('');
    await page.locator('try-it-panel [data-send]').click();
    expect(await page.locator('try-it-panel [data-send-problem]').textContent()).toBe(
      '路径参数 uuid 为空：请求地址会缺少这一段，请先填写。',
    );
    expect(await uuid.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('path.uuid');
    expect(await page.locator('try-it-panel [data-result-empty]').isVisible()).toBe(true);
    // Filled, the request goes.
    await uuid.fill('ce09028b684c3eb78219f5e20bddc3d5');
    const result = await panel.send();
    expect(result.status).not.toBe('');
    expect(await uuid.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('try-it-panel [data-send-problem]').textContent()).toBe('');
  });

  it('explains an invalid session (ID.1001) and asks to log in again', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.useMode('live');
    await page.locator('[data-paste] input[name="session"]').fill('0123456789abcdef0123456789abcdef');
    await page.locator('[data-paste] button[type="submit"]').click();
    const result = await panel.send();
    expect(result.status).toBe('503');
    expect(result.note).toContain('会话无效或已过期（ZStack 错误码 ID.1001）');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    // The session bar no longer says 已使用该会话 over a green mark: it says the server refused the session.
    expect(await page.locator('try-it-panel [data-session-summary]').getAttribute('data-state')).toBe('rejected');
    expect(await panel.sessionStatus()).toContain('已被服务器拒绝');
    expect(await page.locator('try-it-panel [data-session-message]').textContent()).toMatch(/^服务器不接受当前会话/);
  });

  it('labels a repeatable query parameter, points to its hint, and sends it one value per line', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + '/api/QueryVmInstance/');
    await panel.open();
    const q = page.locator('try-it-panel [data-param="query.q"]');
    expect(
      await q.evaluate((el: HTMLTextAreaElement) => [
        el.localName,
        el.name,
        el.rows,
        el.spellcheck,
        el.labels?.[0]?.textContent,
        document.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
      ]),
    ).toEqual(['textarea', 'query.q', 2, false, 'q（可选）每行一个值，可重复', '每行一个值，可重复']);
    const limit = page.locator('try-it-panel [data-param="query.limit"]');
    expect(
      await limit.evaluate((el: HTMLInputElement) => [el.localName, el.autocomplete, el.labels?.[0]?.textContent]),
    ).toEqual(['input', 'off', 'limit（可选）']);

    await panel.logIn();
    await q.fill('state=Running\nname~=%VM%');
    expect(await panel.sample()).toContain('q=state%3DRunning&q=name%7E%3D%25VM%25');
    const result = await panel.send();
    expect(result.status).toBe('200');
    const inventories = JSON.parse(result.body!).inventories as Array<{ state: string; name: string }>;
    expect(inventories.map((vm) => vm.name)).toEqual(RUNNING_VMS_NAMED_VM);
    expect(inventories.every((vm) => vm.state === 'Running' && vm.name.includes('VM'))).toBe(true);
  });

  it('sends with Ctrl+Enter and cancels a request in flight', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.logIn();
    await page.locator('[data-param="path.uuid"]').focus();
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('[data-progress] li');
    await page.locator('[data-cancel]').click();
    const result = await panel.waitForResult();
    expect(result.statusLine).toBe('已取消。');
  });
});

describe('the 在线调试 panel body', () => {
  it('is not in the page HTML, only the open button and the loading status are', async () => {
    const html = await (await fetch(site.url + FLATTEN)).text();
    const { document } = parseHTML(html);
    const section = document.querySelector('section.try-it')!;
    expect(section.querySelector('h2')?.textContent).toBe('调试可用性');
    expect(section.querySelector('.try-it-status')?.textContent).toBe('在线调试');
    expect(section.querySelector('[data-mode-summary]')?.textContent).toBe(
      '使用当前认证信息和示例参数提交请求：Mock（浏览器内模拟）、ZStack 模拟器或真实的管理节点，打开面板后选择。',
    );
    expect(section.querySelector('noscript')?.innerHTML).toContain(
      '在线调试需要 JavaScript；参考内容无需 JavaScript 即可阅读。',
    );
    expect(section.querySelector('try-it-panel [data-open]')?.textContent).toBe('打开在线调试');
    const body = section.querySelector('#try-it-body')!;
    expect([...body.children].map((child) => [child.getAttribute('role'), child.textContent])).toEqual([
      ['status', '正在加载在线调试面板…'],
    ]);
    for (const part of [
      'data-login',
      'current-password',
      'data-send',
      'id="panel-sample"',
      'data-editor',
      '<legend>登录（LogInByAccount）',
      '发送方式',
      '.session-bar',
      '.result-body',
    ]) {
      expect(html.includes(part), part).toBe(false);
    }
  });

  it('adds Monaco’s stylesheets in a few <style> elements, one for those its chunk brings at once, and they apply', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.waitForEditor();
    // Monaco's CSS modules are about a hundred: one element each cost a pass over the page's style sheets apiece.
    expect(await page.locator('style[data-source="monaco"]').count()).toBeLessThanOrEqual(3);
    // Monaco's own rules apply (.monaco-editor is positioned), and its codicon font is declared.
    expect(await page.locator('try-it-panel .monaco-editor').evaluate((el) => getComputedStyle(el).position)).toBe(
      'relative',
    );
    expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.includes('codicon')))).toBe(true);
  });

  it('brings its own styles when opened: the editor gets its height and the session bar its grid', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    expect(await page.locator('style[data-style="panel"]').count()).toBe(0);
    await panel.open();
    expect(await page.locator('style[data-style="panel"]').count()).toBe(1);
    const editorHeight = await page
      .locator('try-it-panel [data-editor]')
      .evaluate((el) => el.getBoundingClientRect().height);
    const rootFont = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(editorHeight).toBeCloseTo(14 * rootFont, 0);
    expect(await page.locator('try-it-panel .session-bar').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    await panel.toggle();
    await panel.toggle();
    expect(await page.locator('style[data-style="panel"]').count()).toBe(1);
  });

  it('is built with every control on the first opening, by keyboard, and neither fetched nor built again on reopening', async () => {
    const { page, panel } = await newPanel({ fresh: true });
    const dataRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/try-it.json')) dataRequests.push(r.url());
    });
    await page.goto(site.url + FLATTEN);
    await page.waitForLoadState('networkidle');
    expect(dataRequests).toEqual([]);

    await panel.openButton().focus();
    await page.keyboard.press('Enter');
    expect(await panel.openButton().getAttribute('aria-expanded')).toBe('true');
    expect(await panel.openButton().textContent()).toBe('收起在线调试');
    await page.waitForSelector('try-it-panel[data-ready="true"]', { timeout: 20_000 });
    expect(await panel.openButton().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('try-it-panel [data-loading]').isHidden()).toBe(true);
    expect(
      await panel
        .openButton()
        .evaluate((el) => document.getElementById(el.getAttribute('aria-controls')!)?.isConnected),
    ).toBe(true);

    const root = page.locator('try-it-panel');
    const inputState = (label: string) =>
      root.getByLabel(label, { exact: true }).evaluate((el: HTMLInputElement) => ({
        type: el.type,
        autocomplete: el.autocomplete,
        value: el.value,
        required: el.required,
        pattern: el.pattern,
      }));
    expect(await root.getByRole('group', { name: '登录（LogInByAccount）' }).count()).toBe(1);
    expect(await inputState('账户名')).toEqual({
      type: 'text',
      autocomplete: 'username',
      value: 'admin',
      required: true,
      pattern: '',
    });
    expect(await inputState('密码')).toEqual({
      type: 'password',
      autocomplete: 'current-password',
      value: '',
      required: true,
      pattern: '',
    });
    expect(await inputState('记住我')).toMatchObject({ type: 'checkbox', required: false });
    expect(await inputState('或粘贴会话 UUID')).toEqual({
      type: 'text',
      autocomplete: 'off',
      value: '',
      required: false,
      pattern: '[0-9a-fA-F]{32}',
    });
    expect(await root.getByRole('button', { name: '登录', exact: true }).count()).toBe(1);
    expect(await root.getByRole('button', { name: '使用该会话' }).count()).toBe(1);

    const mode = root.getByRole('group', { name: '发送方式' });
    expect(await mode.getByRole('radio', { name: 'Mock', exact: true }).isChecked()).toBe(true);
    expect(await mode.getByRole('radio', { name: '在线', exact: true }).isChecked()).toBe(false);
    expect(await mode.locator('[data-mode-note]').textContent()).toBe('浏览器内模拟，无需服务器');
    expect(await page.locator('[data-mode-summary]').textContent()).toBe(
      '使用当前认证信息和示例参数，在浏览器内向 Mock 提交请求（不经过服务器）。',
    );
    expect(await mode.getByRole('checkbox', { name: '模拟任务失败（503）' }).isChecked()).toBe(false);

    const uuid = root.getByRole('group', { name: '参数' }).locator('[data-param="path.uuid"]');
    expect(
      await uuid.evaluate((el: HTMLInputElement) => [
        el.localName,
        el.name,
        el.autocomplete,
        el.spellcheck,
        el.labels?.[0]?.textContent,
      ]),
    ).toEqual(['input', 'path.uuid', 'off', false, 'uuid（必填）']);
    expect(await uuid.inputValue()).not.toBe('');
    expect(
      await root
        .locator('[data-editor]')
        .evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent),
    ).toBe('请求体（JSON）');
    expect(
      await root
        .locator('[data-diagnostics]')
        .evaluate((el) => [el.localName, el.getAttribute('aria-label'), el.getAttribute('aria-live')]),
    ).toEqual(['ul', '请求体问题', 'polite']);
    expect(await root.getByRole('button', { name: '发送' }).isEnabled()).toBe(true);
    expect(await root.getByRole('button', { name: '取消' }).isDisabled()).toBe(true);
    expect(await root.getByRole('tablist', { name: '示例语言' }).getByRole('tab').allTextContents()).toEqual([
      'curl',
      'Java SDK',
      'Python SDK',
      'zstack-cli',
      'JavaScript',
      'Python',
      'Go',
    ]);
    expect(await root.getByRole('tabpanel').getAttribute('id')).toBe('panel-sample');
    expect(await root.getByRole('checkbox', { name: '显示会话' }).isChecked()).toBe(false);

    await panel.toggle();
    expect(await panel.openButton().getAttribute('aria-expanded')).toBe('false');
    expect(await panel.body().isHidden()).toBe(true);
    await panel.toggle();
    expect(await panel.openButton().getAttribute('aria-expanded')).toBe('true');
    expect(await root.getByLabel('账户名').isVisible()).toBe(true);
    expect(dataRequests).toHaveLength(1);
    expect(await root.locator('[data-login]').count()).toBe(1);
    expect(await root.locator('.session-bar').count()).toBe(1);
  });

  it('explains in Chinese why it could not be loaded, and tries again when reopened', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    const failWith = async (handler: Parameters<typeof page.route>[1], reason: string) => {
      await page.unroute('**/try-it.json');
      await page.route('**/try-it.json', handler);
      if ((await panel.openButton().getAttribute('aria-expanded')) === 'true') await panel.toggle();
      await panel.toggle();
      await expect
        .poll(() => panel.status().textContent())
        .toBe(`在线调试面板加载失败：${reason}。请检查网络连接，然后收起并重新打开面板重试。`);
      expect(await panel.status().getAttribute('role')).toBe('status');
      expect(await panel.status().isVisible()).toBe(true);
      expect(await page.locator('try-it-panel [data-login]').count()).toBe(0);
    };
    await failWith((route) => route.abort('internetdisconnected'), '无法连接到服务器');
    await failWith((route) => route.fulfill({ status: 503, body: 'down' }), '服务器返回 HTTP 503');
    await failWith(
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"operation": ' }),
      '面板数据不完整或不是有效的 JSON',
    );

    await page.unroute('**/try-it.json');
    await panel.toggle();
    await panel.openButton().click();
    expect(await panel.status().textContent()).toBe('正在加载在线调试面板…');
    await page.waitForSelector('try-it-panel[data-ready="true"]', { timeout: 20_000 });
    expect(await panel.status().isHidden()).toBe(true);
    expect(await page.locator('try-it-panel [data-login]').count()).toBe(1);
    expect(await panel.sample()).toContain('curl');
  });

  it('explains a panel script that could not be downloaded (a reload brings it), and an editor that could not start', async () => {
    const first = await newPanel();
    await first.page.route(/\/_astro\/panel\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await first.page.goto(site.url + FLATTEN);
    await first.panel.toggle();
    await expect
      .poll(() => first.panel.status().textContent())
      .toBe('在线调试面板加载失败：面板脚本未能下载。请检查网络连接，然后刷新页面重试。');
    await first.page.unroute(/\/_astro\/panel\.[^/]*\.js$/);
    await first.page.reload();
    await first.panel.open();
    expect(await first.page.locator('try-it-panel [data-login]').count()).toBe(1);

    const second = await newPanel();
    await second.page.route(/\/_astro\/monaco-editor\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await second.page.goto(site.url + FLATTEN);
    await second.panel.toggle();
    await expect
      .poll(() => second.panel.status().textContent())
      .toMatch(/^在线调试面板初始化失败：.+。请刷新页面后重试。$/);
    expect(await second.panel.status().isVisible()).toBe(true);
    // The controls built before the editor stay usable.
    expect(await second.page.locator('try-it-panel [data-login] input[name="password"]').isVisible()).toBe(true);
  });
});
