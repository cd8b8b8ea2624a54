import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site';
import { TryItPanel } from './pages/try-it-panel';

const site = useBrowserSite();

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** A download of the panel's data, as Chromium's network layer saw it. */
interface Download {
  url: string;
  fromCache: boolean;
  bytes: number;
  finished: boolean;
}

/** Records every try-it.json, shared chunk and compiled validator the page loads, and whether it came from the HTTP cache. */
async function recordPanelData(page: Page): Promise<Download[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const byId = new Map<string, Download>();
  const downloads: Download[] = [];
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!/\/try-it(\.json|\/[0-9a-f]+\.json)$|\/validators\/[0-9a-f]+\.js$/.test(response.url)) return;
    const download = { url: response.url, fromCache: response.fromDiskCache === true, bytes: 0, finished: false };
    byId.set(requestId, download);
    downloads.push(download);
  });
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const download = byId.get(requestId);
    if (download) download.fromCache = true;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const download = byId.get(requestId);
    if (download) Object.assign(download, { bytes: encodedDataLength, finished: true });
  });
  return downloads;
}

const isChunk = (d: Download) => /\/try-it\/[0-9a-f]+\.json$/.test(d.url);
const isValidator = (d: Download) => /\/validators\/[0-9a-f]+\.js$/.test(d.url);
/** Asked of the server: downloaded, or revalidated (a 304 costs its headers). A script from the memory cache comes with no bytes and no cache flag. */
const isDownloaded = (d: Download) => !d.fromCache && d.bytes > 0;

describe('the 在线调试 data shared by operations', () => {
  it('downloads on a second page only the chunks and validators the first did not, and the panel works', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    // The mock's job lasts 2 s: the panel object moves Playwright's clock on over the waits between polls.
    await context.clock.install();
    const page = await context.newPage();
    const downloads = await recordPanelData(page);
    const panel = new TryItPanel(page, { fastForward: true });

    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    await panel.open();
    // The validators load beside the editor, not before it: the panel may be ready before they are in.
    await expect.poll(() => downloads.filter((d) => isValidator(d) && d.finished).length).toBeGreaterThan(0);
    // Every chunk and validator of the first page in (they start with the pointer's arrival, and finish in any order).
    await expect.poll(() => downloads.filter((d) => (isChunk(d) || isValidator(d)) && !d.finished).length).toBe(0);
    const first = downloads.splice(0);
    expect(first.some((d) => d.url.endsWith('/api/FlattenVmInstance/try-it.json'))).toBe(true);
    const firstChunks = first.filter(isChunk);
    expect(firstChunks.length).toBeGreaterThan(0);
    expect(firstChunks.every((d) => !d.fromCache)).toBe(true);

    await page.goto(`${site.url}/api/StopVmInstance/`);
    await panel.open();
    const second = downloads.splice(0);
    const fetched = new Set(first.filter((d) => d.finished && (isChunk(d) || isValidator(d))).map((d) => d.url));
    // The second page lists chunks and validators the first already fetched (the schemas of VmInstanceInventory …):
    // all from the cache, without even a request to check them again.
    const again = second.filter((d) => fetched.has(d.url));
    expect(again.filter(isChunk).length).toBeGreaterThan(0);
    expect(again.filter(isValidator).length).toBeGreaterThan(0);
    expect(again.filter(isDownloaded)).toEqual([]);
    expect(second.some((d) => d.url.endsWith('/api/StopVmInstance/try-it.json') && !d.fromCache)).toBe(true);

    await panel.logIn();
    const result = await panel.send();
    expect(result.status).toBe('200');
    expect(JSON.parse(result.body!).inventory.state).toBe('Stopped');
  });

  it('serves the shared chunks and the validators for good and the operation’s own file to be checked again', async () => {
    const own = await fetch(`${site.url}/api/StopVmInstance/try-it.json`);
    const file = (await own.json()) as { chunks: string[] };
    expect(own.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
    expect(file.chunks.length).toBeGreaterThan(0);
    const chunk = await fetch(`${site.url}/try-it/${file.chunks[0]}.json`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const [validatorFile] = (await readdir(join(inject('siteDir'), 'client/validators'))).map((name) =>
      name.replace(/\.br$/, ''),
    );
    const validator = await fetch(`${site.url}/validators/${validatorFile}`);
    expect(validator.status).toBe(200);
    expect(validator.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
