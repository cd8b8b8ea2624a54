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
  it('lets the panel, Monaco and a mock send run with no violation', async () => {
    const { page, problems, panel } = await openWatched(FLATTEN);
    expect(await getPolicy(page)).toMatch(
      /^default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+; style-src 'self' 'unsafe-inline';/,
    );
    await panel.open();
    await panel.setBody('{"flattenVmInstance": {"full": false}, "systemTags": [], "userTags": []}');
    // Monaco shows spaces as no-break spaces.
    await expect
      .poll(async () => (await page.locator('try-it-panel .view-lines').textContent())?.replaceAll('\u00a0', ' '))
      .toContain('{"full": false}');
    await expect.poll(() => panel.diagnostics()).toEqual([]);
    await panel.logIn();
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(result.progress[0]).toMatch(/^提交：202 Accepted/);
    expect(page.workers().length).toBeGreaterThan(0);
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
