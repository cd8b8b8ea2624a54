import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { SearchDialog } from './pages/search-dialog';
import { TryItPanel } from './pages/try-it-panel';
import { getChunkHref, loadChunks, type ChunkedFile } from '../../src/lib/request/panel-chunks';

const HOSTILE = '/api/PokeHostileThing/';
const SCRIPT_PAYLOAD = '</script><script>window.__pwned = 1</script>';
const IMG_PAYLOAD = '<img src=x onerror="window.__pwned = 1">';

// The project's documents plus tests/fixtures/hostile/hostile.yaml (and the corpus's edge cases).
const site = useBrowserSite({ edge: true });

/** A page without the CSP (which would hide a fault of escaping), recording every dialog a payload might open. */
async function openHostile(path: string, options: { clock?: boolean } = {}) {
  const context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  // Playwright's clock, for a test that sends (TryItPanel's fastForward); time flows as usual.
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.url + path);
  await page.waitForLoadState('networkidle');
  return { page, dialogs };
}

/** Whether any payload made it into the DOM as markup rather than text. */
function findLiveMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.localName}[${attribute.name}=javascript:]`);
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (/__pwned|alert\(/.test(script.textContent ?? '')) found.push('script with a payload');
    }
    // The only style elements in main are the highlighter's token colours, made from Shiki's themes.
    for (const element of document.querySelectorAll(
      'main iframe, main svg script, main style:not([data-token-classes])',
    ))
      found.push(element.localName);
    return found;
  });
}

function isPwned(page: Page) {
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

describe('a description carrying markup and script', () => {
  it('shows every payload of the operation page as text and runs none of them', async () => {
    const { page, dialogs } = await openHostile(HOSTILE);
    expect(await page.locator('h1').textContent()).toContain(
      `${IMG_PAYLOAD}敌意操作</title><script>window.__pwned = 1</script>`,
    );
    expect(await page.locator('main').textContent()).toContain('{window.__pwned = 1} {alert(1)}');
    expect(await page.locator('main').textContent()).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;');
    expect(await page.locator('main').textContent()).toContain("import x from 'data:text/javascript,window.__pwned=1'");
    await page.locator('main').hover();
    await page.mouse.wheel(0, 4000);
    expect(await findLiveMarkup(page)).toEqual([]);
    expect(await isPwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('keeps the payloads inert in the samples fetched into the page and on the page of more samples', async () => {
    const { page, dialogs } = await openHostile(HOSTILE);
    for (const label of ['zstack-cli', 'JavaScript', 'Python', 'Go']) {
      await page.locator('sample-tabs [role="tab"]', { hasText: new RegExp(`^${label}$`) }).click();
    }
    // The body example carries the payloads, so every fetched sample shows them as code text.
    await expect.poll(() => page.locator('sample-tabs pre.astro-code').count()).toBe(7);
    expect(await page.locator('#sample-go pre').textContent()).toContain('</textarea><script>alert(1)</script>');
    expect(await findLiveMarkup(page)).toEqual([]);
    expect(await isPwned(page)).toBeUndefined();

    // The four samples the operation page leaves out, each carrying the payloads.
    const all = await openHostile(`${HOSTILE}samples/`);
    expect(await all.page.locator('pre.astro-code').count()).toBe(4);
    expect(await findLiveMarkup(all.page)).toEqual([]);
    expect(await isPwned(all.page)).toBeUndefined();
    expect([...dialogs, ...all.dialogs]).toEqual([]);
  });

  it('keeps the payloads as JSON strings in the panel data', async () => {
    const response = await fetch(`${site.url}${HOSTILE}try-it.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const file = (await response.json()) as ChunkedFile;
    const data = (await loadChunks(file, async (name) => (await fetch(getChunkHref(`${site.url}/`, name))).json())) as {
      operation: { example: { body: { pokeHostileThing: Record<string, string> } } };
    };
    expect(data.operation.example.body.pokeHostileThing['note']).toBe(SCRIPT_PAYLOAD);
    expect(data.operation.example.body.pokeHostileThing[IMG_PAYLOAD]).toBe('</textarea><script>alert(1)</script>');
  });

  it('renders the hostile example inertly in the editor and the mock answer', async () => {
    const { page, dialogs } = await openHostile(HOSTILE, { clock: true });
    // The mock's job lasts 2 s: the panel object moves the clock on over the waits between polls.
    const panel = new TryItPanel(page, { fastForward: true });
    await panel.open();
    await panel.waitForEditor();
    const editorText = async () =>
      (await page.locator('try-it-panel .view-lines').textContent())?.replaceAll('\u00a0', ' ');
    await expect.poll(editorText).toContain(`"note": "${SCRIPT_PAYLOAD}"`);
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(JSON.parse(result.body!).inventory).toEqual({
      uuid: '0123456789abcdef0123456789abcdef',
      note: SCRIPT_PAYLOAD,
      name: IMG_PAYLOAD,
      link: 'javascript:window.__pwned=1',
    });
    // The answer is highlighted with one text-only <span class="tok-…"> per JSON token, nothing else.
    expect(await page.locator('[data-result-body] :not(span[class^="tok-"]), [data-result-body] span *').count()).toBe(
      0,
    );
    expect(await page.locator('[data-result-body] span.tok-string', { hasText: SCRIPT_PAYLOAD }).count()).toBe(1);
    expect(await findLiveMarkup(page)).toEqual([]);
    expect(await isPwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows the hostile tags and categories of the index as text', async () => {
    const { page, dialogs } = await openHostile('/');
    expect(await page.locator('main').textContent()).toContain('<script>window.__pwned = 1</script>资源中心');
    expect(await findLiveMarkup(page)).toEqual([]);
    expect(await isPwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('lists the hostile operation in search results as text', async () => {
    const { page, dialogs } = await openHostile('/');
    const search = new SearchDialog(page);
    await search.openWithShortcut('/');
    const results = await search.search('敌意操作');
    expect(results.find((r) => r.href === HOSTILE)?.text).toContain(`${IMG_PAYLOAD}敌意操作`);
    // The edge site's index is written in three bundles (edge-build.ts), merged into one search: the hostile
    // operation is in the first, QueryVmInstanceByUuid in the second, FlattenVmInstance in the third.
    for (const [query, href] of [
      [
        'QueryVmInstanceByUuid lastVmInstanceUuid',
        '/api/QueryVmInstanceByUuid/#response.inventories.allVolumes.lastVmInstanceUuid',
      ],
      [
        'FlattenVmInstance lastVmInstanceUuid',
        '/api/FlattenVmInstance/#response.inventory.allVolumes.lastVmInstanceUuid',
      ],
    ])
      expect((await search.search(query!)).map((r) => r.href)).toContain(href);
    expect(await findLiveMarkup(page)).toEqual([]);
    expect(await isPwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
