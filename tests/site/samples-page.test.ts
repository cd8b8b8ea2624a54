import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuiltText } from '../support/built-files';

const FIRST_LOAD = ['curl', 'java-sdk', 'python-sdk'];
const LAZY = ['cli', 'javascript', 'python', 'go'];

let client: string;
const read = async (path: string) => parseHTML(await readBuiltText(`${client}/${path}`)).document;

beforeAll(() => {
  client = `${inject('siteDir')}/client`;
});

describe('the request samples of an operation', () => {
  it('puts curl and the two SDK samples in the operation page, and only a line for the other four', async () => {
    const page = await read('api/FlattenVmInstance/index.html');
    for (const id of FIRST_LOAD)
      expect([id, page.querySelector(`#sample-${id} pre.astro-code`)?.textContent]).toEqual([id, expect.any(String)]);
    for (const id of LAZY) {
      expect([id, page.getElementById(`sample-${id}`)]).toEqual([id, null]);
      expect([id, page.getElementById(`sample-${id}-panel`)?.childNodes.length]).toEqual([id, 0]);
    }
    const more = page.querySelector('sample-tabs > .sample-more')!;
    expect(more.textContent).toBe('zstack-cli、JavaScript、Python、Go 的示例见更多请求示例。');
    expect(more.querySelector('a')!.getAttribute('href')).toBe('/api/FlattenVmInstance/samples/');
    expect(page.querySelector('sample-tabs')!.getAttribute('data-all-samples-href')).toBe(
      '/api/FlattenVmInstance/samples/',
    );
  });

  it('has a page of the four other samples for every operation, the same highlighting, and links back to those the operation page shows', async () => {
    const operations = (await readdir(`${client}/api`, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name !== 'categories')
      .map((entry) => entry.name);
    expect(operations).toContain('FlattenVmInstance');
    for (const id of operations) {
      const [page, samples] = await Promise.all([read(`api/${id}/index.html`), read(`api/${id}/samples/index.html`)]);
      const lazy = [...page.querySelectorAll('sample-tabs > [data-sample-lazy]')].map((panel) =>
        panel.getAttribute('data-label'),
      );
      const shown = [...page.querySelectorAll('sample-tabs > figure:not([data-sample-lazy]) .sample-label')].map(
        (label) => label.textContent,
      );
      expect([id, shown[0]]).toEqual([id, 'curl']);
      // Every sample is in one of the two pages, none in both.
      expect([
        id,
        [...samples.querySelectorAll('sample-tabs > figure .sample-label')].map((label) => label.textContent),
      ]).toEqual([id, lazy]);
      expect([id, samples.querySelectorAll('sample-tabs > figure pre.astro-code').length]).toEqual([id, lazy.length]);
      expect(samples.querySelector('main a')!.getAttribute('href')).toBe(`/api/${id}/`);
      const toShown = samples.querySelector(`main a[href="/api/${id}/#samples-title"]`)!;
      expect([id, toShown.parentElement!.textContent]).toEqual([
        id,
        expect.stringContaining(`${shown.join('、')} 的示例见接口页面的请求示例`),
      ]);
      // The response examples are the operation page's, not repeated here: a link leads to them.
      expect([id, samples.querySelectorAll('[id^="example-"]').length]).toEqual([id, 0]);
      expect([id, page.querySelectorAll('[id^="example-"] pre').length]).toEqual([
        id,
        page.querySelectorAll('.response-examples figure').length,
      ]);
      expect(samples.querySelector(`main a[href="/api/${id}/#response-examples-title"]`)).not.toBeNull();
      expect(samples.querySelector('sample-tabs > .sample-more')).toBeNull();
      expect([id, samples.querySelector('#sample-curl')]).toEqual([id, null]);
    }
    const flatten = await read('api/FlattenVmInstance/samples/index.html');
    expect(
      flatten.querySelector('main a[href="/api/FlattenVmInstance/#samples-title"]')!.parentElement!.textContent,
    ).toBe('curl、Java SDK、Python SDK 的示例见接口页面的请求示例，响应示例见接口页面的响应示例。');
    expect(flatten.title).toBe('扁平合并云主机 · 更多请求示例 · ZStack API 参考');
    expect(flatten.querySelector('#sample-go pre')!.textContent).toMatch(/^package main\n/);
    // Its token classes have a prefix of their own: the operation page takes them in beside its own.
    const goTokens = [...flatten.querySelectorAll('#sample-go pre code > span')];
    expect(goTokens).toHaveLength(92);
    expect(goTokens.every((span) => /^ta\d+$/.test(span.getAttribute('class')!))).toBe(true);
    expect(flatten.querySelector('style[data-token-classes]')!.textContent).toMatch(/^\.astro-code \.ta0\{/);
  });

  it('leaves the pages of samples, and the line pointing to them, out of the search index', async () => {
    const samples = await read('api/FlattenVmInstance/samples/index.html');
    expect(samples.querySelector('main > [data-pagefind-ignore="all"]')).not.toBeNull();
    const dir = `${client}/pagefind/fragment`;
    const fragments = await Promise.all(
      (await readdir(dir)).map(
        async (name) =>
          JSON.parse(
            gunzipSync(await readFile(`${dir}/${name}`))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string; content: string },
      ),
    );
    const pages = fragments.filter((fragment) => !fragment.url.includes('#'));
    expect(pages.map((fragment) => fragment.url)).toContain('/api/FlattenVmInstance/');
    expect(pages.filter((fragment) => fragment.url.includes('/samples/'))).toEqual([]);
    // Pagefind puts a zero-width space between the words it finds in Chinese text.
    const content = pages
      .find((fragment) => fragment.url === '/api/FlattenVmInstance/')!
      .content.replaceAll('\u200b', '');
    expect(content).toContain('请求示例. 响应示例');
    // Lines every page has, which would make a search for them (LogInByAccount, 登录) find every page.
    expect(content).not.toContain('会话 UUID');
    expect(content).not.toContain('的示例见更多请求示例');
  });
});
