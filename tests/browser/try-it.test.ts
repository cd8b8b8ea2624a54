import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Request } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startSite, type RunningSite } from '../support/server';
import { startSimulator } from '../../src/simulator/server';
import { TryItPanel } from './pages/try-it-panel';

const MONACO = /monaco-editor|jsonMode|editor\.worker|json\.worker|codicon|\/panel\./;
const FLATTEN = '/api/FlattenVmInstance/';

let site: RunningSite;
let simulator: Awaited<ReturnType<typeof startSimulator>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, host: '127.0.0.1', jobDurationMs: 1500 });
  site = await startSite(inject('siteDir'), { PORTAL_PROXY_ENDPOINTS: simulator.url });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.dispose();
  await site?.close();
  await simulator?.close();
});

async function newPanel(context?: BrowserContext) {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await ctx.newPage();
  return { context: ctx, page, panel: new TryItPanel(page) };
}

describe('the 在线调试 panel', () => {
  it('requests nothing of Monaco before the panel is opened', async () => {
    const { page, panel } = await newPanel();
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

  it('shows a diagnostic for "full": "yes" before anything is sent', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.setBody('{"flattenVmInstance": {"full": "yes", "dryRun": false}, "systemTags": [], "userTags": []}');
    await expect.poll(() => panel.diagnostics()).toEqual(['flattenVmInstance.full：类型错误，应为 Boolean（true 或 false）']);
    await expect.poll(() => page.locator('try-it-panel .monaco-editor .squiggly-error').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
  });

  it('completes keys and shows the Chinese description on hover in the body editor', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.setBody('{"flattenVmInstance": {\n\n}}');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('try-it-panel .suggest-widget .monaco-list-row');
    await expect.poll(() => suggestions.allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining('dryRun'), expect.stringContaining('full')]));
    await page.keyboard.press('Escape');

    await panel.setBody('{"flattenVmInstance": {"full": true}}');
    await page.locator('try-it-panel .view-line span > span', { hasText: /^"full"$/ }).first().hover();
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await expect.poll(() => hover.textContent(), { timeout: 10_000 }).toContain('扁平合并云主机上所有云盘');
    expect(await hover.textContent()).toContain('默认值 true');
  });

  it('sends a mock request and shows 202, the polling, then 200 with the inventory', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.logIn();
    expect(await panel.sessionStatus()).toContain('账户 admin（Mock）');
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(result.progress[0]).toMatch(/^提交：202 Accepted/);
    expect(result.progress.at(-1)).toMatch(/200 OK/);
    expect(JSON.parse(result.body!).inventory.uuid).toBe('ce09028b684c3eb78219f5e20bddc3d5');
    expect(result.statusLine).toMatch(/耗时 \d+ ms · 大小 \d+ B/);
  });

  it('shows the ErrorCode chain of a failing mock run', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.logIn();
    await page.locator('[data-fail]').check();
    const result = await panel.send();
    expect(result.status).toBe('503');
    const chain = await page.locator('[data-error-chain] li').allTextContents();
    expect(chain.length).toBeGreaterThanOrEqual(2);
    expect(chain[1]).toContain('（cause）');
  });

  it('answers a request without a session as ZStack does', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    const result = await panel.send();
    expect(result.status).toBe('400');
    expect(result.body).toBe("missing header 'Authorization'");
    expect(result.note).toBe('尚未登录：请求没有携带会话。请先登录，或粘贴会话 UUID。');
  });

  it('logs in to the simulator in live mode, sends exactly the curl shown, and watches the job finish', async () => {
    const { context, page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.useMode('live');
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
    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem('zstack-portal.session')))!).uuid as string;
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
    await page.locator('input[name="mode"][value="live"]').check();
    await page.locator('[data-logout]').click();
    await expect.poll(() => other.sessionStatus()).toBe('当前会话：未登录');
    expect(await page.locator('[data-session-message]').textContent()).toBe('已退出，会话已失效。');
    await page.reload();
    await other.open();
    expect(await other.sessionStatus()).toBe('当前会话：未登录');
    await context.close();
  });

  it('masks the session in the samples unless the reader reveals it', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + FLATTEN);
    await panel.open();
    await panel.logIn();
    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem('zstack-portal.session')))!).uuid as string;
    expect(await panel.sample()).not.toContain(session);
    expect(await panel.sample()).toContain('OAuth ••••');
    await page.locator('[data-reveal]').check();
    expect(await panel.sample()).toContain(`OAuth ${session}`);
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
  });

  it('sends a repeatable query parameter, one value per line', async () => {
    const { page, panel } = await newPanel();
    await page.goto(site.url + '/api/QueryVmInstance/');
    await panel.open();
    await panel.logIn();
    await page.locator('[data-param="query.q"]').fill('state=Running\nname~=%VM%');
    expect(await panel.sample()).toContain('q=state%3DRunning&q=name%7E%3D%25VM%25');
    const result = await panel.send();
    expect(result.status).toBe('200');
    const inventories = JSON.parse(result.body!).inventories as Array<{ state: string; name: string }>;
    expect(inventories.length).toBeGreaterThan(0);
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
