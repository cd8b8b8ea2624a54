import { gzipSync } from 'node:zlib';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuiltText } from '../support/built-files';
import { startSite } from '../support/server';

const ACTIONS = '/zstack/v1/vm-instances/{uuid}/actions';
/** 1/15 of the lightest peer's first load in the bench (483 KiB, Redoc 3): issue 12's budget, here for the page's HTML alone. */
const PAGE_GZIP_BUDGET = 32 * 1024;

let client: string;
let html: string;
let page: Document;

function readPage(path: string) {
  return readBuiltText(`${client}${path}`);
}

beforeAll(async () => {
  client = `${inject('siteDir')}/client`;
  html = await readPage('/api/FlattenVmInstance/index.html');
  page = parseHTML(html).document;
});

describe('the sidebar without JavaScript', () => {
  it('carries the current category with the operations next to the page, and links to the rest, the same few links whatever the API', () => {
    const sidebar = page.querySelector('site-nav nav[aria-label="API 目录"]')!;
    // One category and at most five operations: a page weighs the same at 11 operations as at 5,000.
    expect([...sidebar.querySelectorAll('[data-nav-tree] > li')]).toHaveLength(1);
    const current = sidebar.querySelector('details[open]')!;
    expect(current.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('云主机相关接口 8');
    expect([...current.querySelectorAll('.nav-ops li:not(.nav-more) a')].map((a) => a.getAttribute('href'))).toEqual([
      '/api/StartVmInstance/',
      '/api/GetVmConsoleAddress/',
      '/api/RebootVmInstance/',
      '/api/StopVmInstance/',
      '/api/FlattenVmInstance/',
    ]);
    expect(current.querySelector('a[aria-current="page"]')!.getAttribute('href')).toBe('/api/FlattenVmInstance/');
    const rest = [...sidebar.querySelectorAll('.nav-more a, .nav-all a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(rest).toEqual([
      ['查看全部 8 个接口', expect.stringMatching(/^\/api\/categories\/c[0-9a-z]+\/$/)],
      ['全部 3 个分类', '/api/'],
    ]);
  });

  it('leads to every category and its operations from the link to all categories', async () => {
    const index = parseHTML(await readPage('/api/index.html')).document;
    const links = [...index.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    const categories = JSON.parse(await readPage(page.querySelector('site-nav')!.getAttribute('data-nav')!)) as Array<
      [string]
    >;
    expect(categories).toHaveLength(3);
    for (const [id] of categories) expect(links).toContain(`/api/categories/${id}/`);
    expect(links).toEqual(expect.arrayContaining(['/api/LogInByAccount/', '/api/GetApiJobResult/']));
  });

  it('leads from a category link to a page listing its operations', async () => {
    const href = page.querySelector('site-nav .nav-more a')!.getAttribute('href')!;
    const category = parseHTML(await readPage(`${href}index.html`)).document;
    expect(category.querySelector('h1')!.textContent).toBe('云主机相关接口');
    expect([...category.querySelectorAll('main .op-list a')].map((a) => a.getAttribute('href'))).toHaveLength(8);
    expect([...category.querySelectorAll('main .op-list a')].map((a) => a.getAttribute('href'))).toContain(
      '/api/GetVmConsoleAddress/',
    );
  });

  it('keeps the whole list in one shared file the page names, not in the page', async () => {
    const navHref = page.querySelector('site-nav')!.getAttribute('data-nav')!;
    expect(navHref).toMatch(/^\/nav\/[0-9a-f]{12}\.json$/);
    const list = JSON.parse(await readPage(navHref)) as Array<[string, string[], Array<[string]>]>;
    expect(list.flatMap(([, , ops]) => ops.map(([id]) => id))).toContain('LogInByAccount');
    expect(html).not.toContain('href="/api/LogInByAccount/"');
    const other = parseHTML(await readPage('/api/LogOut/index.html')).document;
    expect(other.querySelector('site-nav')!.getAttribute('data-nav')).toBe(navHref);
  });

  it('serves the shared list to be cached for good, and the pages not', async () => {
    const site = await startSite(inject('siteDir'));
    try {
      const navHref = page.querySelector('site-nav')!.getAttribute('data-nav')!;
      const response = await fetch(site.url + navHref, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Array.isArray(await response.json())).toBe(true);
      const pageResponse = await fetch(`${site.url}/api/FlattenVmInstance/`);
      expect(pageResponse.headers.get('cache-control')).not.toContain('immutable');
    } finally {
      await site.close();
    }
  });
});

describe('the operation page', () => {
  it('sets a description’s `code spans` in the code face, as text, never as markup', async () => {
    const query = parseHTML(await readPage('/api/QueryVmInstance/index.html')).document;
    const sort = query.getElementById('query.sort')!.querySelector('.field-desc')!;
    expect([...sort.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['+', '-', '-createDate']);
    expect(sort.textContent).not.toContain('`');
  });

  it('carries every response example in its HTML, a long one in a box of its own that scrolls', () => {
    const section = page.getElementById('response-examples-title')!.closest('section')!;
    expect(section.closest('aside.op-aside')).not.toBeNull();
    const job200 = page.getElementById('example-job-200')!;
    expect(JSON.parse(job200.querySelector('pre')!.textContent!).inventory.uuid).toBe(
      'ce09028b684c3eb78219f5e20bddc3d5',
    );
    expect(job200.closest('figure')!.classList.contains('code-long')).toBe(true);
    expect(job200.getAttribute('tabindex')).toBe('0');
    expect(page.querySelector('response-examples')).toBeNull();
    expect(page.querySelectorAll('[id^="example-"] pre.astro-code').length).toBe(4);
  });

  it('puts the samples, the examples and the 在线调试 entry in one column beside the fields', () => {
    const aside = page.querySelector('.op-columns > aside.op-aside')!;
    expect([...aside.querySelectorAll(':scope > section h2')].map((h) => h.textContent)).toEqual([
      '调试可用性',
      '请求示例',
      '响应示例',
    ]);
    expect(page.querySelector('.op-columns > .op-main #responses-title')).not.toBeNull();
  });

  it('outlines its sections in order, each link leading to its heading', () => {
    const links = [...page.querySelectorAll('nav.page-outline a')];
    expect(links.map((a) => a.textContent)).toEqual(['路径参数', '请求体', '响应', '示例', '变更历史']);
    for (const a of links)
      expect(page.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
  });

  it('gives its own prose first and the corrections as one line and a marker on each corrected field', () => {
    expect(page.querySelector('.corrections')).toBeNull();
    expect(html).not.toContain('以下内容已按 ZStack 源码更正');
    const headings = [...page.querySelectorAll('article h2')].map((h) => h.id);
    expect(headings[0]).toBe('notes-title');
    const note = page.querySelector('.corrections-note')!;
    // As many as the quality report lists for the page (below): its own and its fields'.
    expect(note.textContent).toContain('更正了原参考页的 26 处内容');
    expect(html.indexOf('class="corrections-note"')).toBeGreaterThan(html.indexOf('id="notes-title"'));
    // The list is paged (50 operations a page): the link goes to the page that lists this operation.
    expect(note.querySelector('a')!.getAttribute('href')).toBe('/quality/corrections/#corrections-FlattenVmInstance');
    const marker = page.getElementById('body.flattenVmInstance')!.querySelector(':scope > details.field-correction')!;
    expect(marker.hasAttribute('open')).toBe(false);
    expect(marker.querySelector('summary')!.textContent).toContain('已更正');
    expect(marker.textContent).toContain('参考页原文为');
  });

  it('lists every correction on the quality report, linking the corrected rows', async () => {
    const summary = parseHTML(await readPage('/quality/index.html')).document;
    expect(
      summary.querySelector('#corrections ~ p a, section[aria-labelledby="corrections"] a')!.getAttribute('href'),
    ).toBe('/quality/corrections/');
    const quality = parseHTML(await readPage('/quality/corrections/index.html')).document;
    const flatten = quality.getElementById('corrections-FlattenVmInstance')!.closest('section')!;
    const items = [...flatten.querySelectorAll('li')];
    // Every correction of the page: its own (body key, asynchrony, status, success flag) and its fields'.
    expect(items).toHaveLength(26);
    expect(flatten.querySelector('a[href="/api/FlattenVmInstance/#body.systemTags"]')!.textContent).toBe(
      'body.systemTags',
    );
    expect(flatten.textContent).toContain('原为「同步」，应为「异步」');
  });

  it(`stays under ${PAGE_GZIP_BUDGET / 1024} KiB compressed with every section in it`, () => {
    expect(gzipSync(html, { level: 6 }).length).toBeLessThan(PAGE_GZIP_BUDGET);
  });
});

describe('the pages a reader lands on', () => {
  it('answers an unknown address with a Chinese 404 page offering search and the way back', async () => {
    const notFound = parseHTML(await readPage('/404.html')).document;
    expect(notFound.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(notFound.querySelector('h1')!.textContent).toBe('找不到这个页面');
    expect(notFound.querySelector('form[role="search"] input[type="search"]')).not.toBeNull();
    expect(notFound.querySelector('main a[href="/"]')!.textContent).toBe('返回 API 索引');
    expect(notFound.querySelector('site-search')).not.toBeNull();
  });

  it('has index pages at /api/ and /guides/', async () => {
    const api = parseHTML(await readPage('/api/index.html')).document;
    expect([...api.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain('/api/QueryVmInstance/');
    const guides = parseHTML(await readPage('/guides/index.html')).document;
    expect([...guides.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/guides/auth/', '/guides/async/']),
    );
  });

  it('groups the index by category, each card linking its category page', async () => {
    const index = parseHTML(await readPage('/index.html')).document;
    const card = [...index.querySelectorAll('.category-list > li')].find((li) =>
      li.querySelector('.category-name')!.textContent!.includes('云主机相关接口'),
    )!;
    expect(card.querySelector('.category-name')!.getAttribute('href')).toMatch(/^\/api\/categories\/c[0-9a-z]+\/$/);
    // Six operations at most per card: the index grows with the categories, not the operations.
    expect(card.querySelectorAll('.category-ops a[href^="/api/"]:not([href^="/api/categories/"])').length).toBe(6);
    expect(card.querySelector('.category-more a')!.textContent).toBe('查看全部 8 个接口');
  });
});

describe('the downloadable description', () => {
  it('is one valid OpenAPI 3.1 document, in JSON and YAML alike', async () => {
    const json = JSON.parse(await readPage('/openapi.json')) as { paths: Record<string, Record<string, unknown>> };
    const result = await new Validator().validate(structuredClone(json));
    expect(result.errors).toBeUndefined();
    expect(parse(await readPage('/openapi.yaml'))).toEqual(json);
    expect(json.paths[`${ACTIONS}/FlattenVmInstance`]!['x-zstack-path']).toBe(ACTIONS);
  });

  it('is linked from the index and from every operation page', async () => {
    const index = parseHTML(await readPage('/index.html')).document;
    for (const doc of [index, page]) {
      const hrefs = [...doc.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(expect.arrayContaining(['/openapi.yaml', '/openapi.json']));
    }
    // Whoever generates a client from it is told, before downloading, where the suffixed paths really are.
    expect(index.querySelector('.downloads + .note')!.textContent).toContain('x-zstack-path');
  });
});
