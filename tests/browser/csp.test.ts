import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { TryItPanel } from './pages/try-it-panel';

const FLATTEN = '/api/FlattenVmInstance/';

const site = useBrowserSite();

/** Opens a page while recording every CSP violation (the document's and its workers'), console error and uncaught error. */
async function openWatched(path: string) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('worker', (worker) =>
    worker
      .evaluate(() =>
        self.addEventListener('securitypolicyviolation', (e) =>
          console.error(`worker violation: ${e.violatedDirective}`),
        ),
      )
      .catch(() => {}),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(site.url + path);
  return { page, problems, panel: new TryItPanel(page) };
}

function getPolicy(page: Page) {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

describe('the Content Security Policy', () => {
  it('runs the panel with no eval: compiled validators, the mock, Monaco and its JSON worker, with no violation', async () => {
    const { page, problems, panel } = await openWatched(FLATTEN);
    const validators: Array<{ url: string; status: number }> = [];
    page.on('response', (r) => {
      if (/\/validators\/[0-9a-f]{16}\.js$/.test(r.url())) validators.push({ url: r.url(), status: r.status() });
    });
    const policy = await getPolicy(page);
    expect(policy).toMatch(
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+; style-src 'self' 'unsafe-inline';/,
    );
    expect(policy).not.toContain("'unsafe-eval'");
    await panel.open();
    // The page has no ajv compiler: a diagnostic can only come from a validator the build compiled.
    // They load beside the editor, not before it: the panel may be open before the last is in.
    await expect.poll(() => validators.length).toBe(10);
    expect(validators.filter((v) => v.status !== 200)).toEqual([]);

    await panel.setBody('{"flattenVmInstance": {"full": "yes", "dryRun": false}, "systemTags": [], "userTags": []}');
    await expect
      .poll(() => panel.diagnostics())
      .toEqual(['flattenVmInstance.full：类型错误，应为 Boolean（true 或 false）']);

    // Completion comes from Monaco's JSON worker, with the operation's schema.
    await panel.setBody('{"flattenVmInstance": {\n\n}}');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Space');
    await expect
      .poll(() => page.locator('try-it-panel .suggest-widget .monaco-list-row').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('dryRun'), expect.stringContaining('full')]));
    await page.keyboard.press('Escape');
    // Monaco's JSON worker, the one worker the panel starts.
    expect(page.workers().length).toBe(1);

    // The mock checks the body against its schema (systemTags is a list) and answers as ZStack would.
    await panel.logIn();
    await panel.setBody('{"flattenVmInstance": {"full": false}, "systemTags": "ssd", "userTags": []}');
    await expect.poll(() => panel.diagnostics()).toEqual(['systemTags：类型错误，应为 列表']);
    const refused = await panel.send();
    expect(refused.status).toBe('400');
    expect(refused.body).toBe('Invalid value for field [systemTags], [ssd] is not a valid list.');

    await panel.setBody('{"flattenVmInstance": {"full": false}, "systemTags": [], "userTags": []}');
    await expect.poll(() => panel.diagnostics()).toEqual([]);
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(result.progress[0]).toMatch(/^提交：202 Accepted/);
    expect(JSON.parse(result.body!).inventory.uuid).toBe('ce09028b684c3eb78219f5e20bddc3d5');
    expect(problems).toEqual([]);
  });

  it('blocks a script injected into the page, and reports it', async () => {
    const { page, problems } = await openWatched(FLATTEN);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.head.append(script);
      const image = document.createElement('img');
      image.setAttribute('src', 'x');
      image.setAttribute('onerror', 'window.__injected = 2');
      document.body.append(image);
    });
    // Each of the two is blocked, and reported, by both policies: the <meta> and the server's header.
    await expect.poll(() => problems.filter((p) => p.startsWith('console: violation: script-src')).length).toBe(4);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  });

  it('sends a policy that loads nothing with the on-demand proxy answers', async () => {
    const response = await fetch(`${site.url}/proxy/config`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
