import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuiltText } from '../support/built-files';
import { readSeedFields } from '../support/seed';

const seedPath = fileURLToPath(new URL('../fixtures/seed/FlattenVmInstance.zh-CN.txt', import.meta.url));
const BODY_KEY_AS_PRINTED = 'body.flattenvminstance';
const BODY_KEY = 'body.flattenVmInstance';

let document: Document;
let html: string;

beforeAll(async () => {
  html = await readBuiltText(`${inject('siteDir')}/client/api/FlattenVmInstance/index.html`);
  document = parseHTML(html).document;
});

function row(id: string) {
  return document.getElementById(id);
}

function text(el: Element | null | undefined, selector: string) {
  return el?.querySelector(`:scope > .field-head ${selector}, :scope > ${selector}`)?.textContent?.trim() ?? null;
}

describe('the FlattenVmInstance page', () => {
  const seedFields = readSeedFields(seedPath);

  it('has a row for each field of the reference page but its wrong success flag, and adds only what ZStack declares besides', () => {
    expect(seedFields).toHaveLength(101);
    const seedIds = new Set(seedFields.map((f) => f.id.replace(BODY_KEY_AS_PRINTED, BODY_KEY)));
    const rows = [...document.querySelectorAll('li.field')].map((r) => r.id);
    expect([...seedIds].filter((id) => !rows.includes(id))).toEqual(['response.success']);
    expect(rows.filter((id) => !seedIds.has(id))).toEqual([
      'response.location',
      'response.apiTimeout',
      'response.inventory.vmNics.usedIps.ipInBinary',
      'response.inventory.allVolumes.lastAttachDate',
      'response.inventory.allVolumes.protocol',
      'response.inventory.vmCdRoms.protocol',
      'response.inventory.reservedMemorySize',
      'response.error.location',
      'response.error.cost',
    ]);
  });

  it('has every field of the reference page under its deep-link id, with type, 必填/可选 and description', () => {
    const missing: string[] = [];
    for (const field of seedFields) {
      if (field.id === 'response.success') continue;
      const id = field.id.replace(BODY_KEY_AS_PRINTED, BODY_KEY);
      const el = row(id);
      if (!el) {
        missing.push(id);
        continue;
      }
      const type = text(el, '.field-type');
      if (field.type === 'List') expect(type, id).toMatch(/^List<\w+>$/);
      else if (
        !['body.flattenVmInstance.full', 'body.flattenVmInstance.dryRun', 'body.systemTags', 'body.userTags'].includes(
          id,
        )
      ) {
        expect(type, id).toBe(field.type);
      }
      expect(['必填', '可选'], id).toContain(text(el, '.badge-required') ?? text(el, '.badge-optional'));
      const description = text(el, '.field-desc');
      const correction = text(el, '.field-correction') ?? '';
      const linkText = text(el, '.field-ref') ?? '';
      const kept = description === field.description;
      const correctedWithNote = correction.includes(`「${field.description}」`);
      // The reference page mixes the generated "详情参考 X" link text into descriptions; we render it as a link.
      const withoutLinkText = field.description.replace(/\s*详情参考\w+$/, '');
      const generatedLink =
        linkText.startsWith('详情参考') && (withoutLinkText === '' || withoutLinkText === description);
      expect(kept || correctedWithNote || generatedLink, `${id}: ${description} / ${correction}`).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it('corrects the faults of the reference page', () => {
    expect(row('body.flattenvminstance')).toBeNull();
    expect(row('response.success')).toBeNull();
    expect(text(row('body.flattenVmInstance.full'), '.field-type')).toBe('Boolean');
    expect(text(row('body.flattenVmInstance.full'), '.badge-optional')).toBe('可选');
    expect(row('body.flattenVmInstance.full')!.textContent).toContain('默认值 true');
    expect(row('body.flattenVmInstance.dryRun')!.textContent).toContain('默认值 false');
    expect(text(row('body.systemTags'), '.field-type')).toBe('List<String>');
    expect(text(row('body.userTags'), '.field-type')).toBe('List<String>');
    expect(text(row('response.inventory.allVolumes.size'), '.field-desc')).not.toContain('返回记录数');
    expect(document.querySelector('.op-badges')!.textContent).toContain('异步');
    expect(document.querySelector('.op-badges')!.textContent).not.toContain('同步');
  });

  it('adds the fields ZStack has and the reference page lacks', () => {
    for (const id of [
      'response.inventory.reservedMemorySize',
      'response.inventory.allVolumes.lastAttachDate',
      'response.inventory.allVolumes.protocol',
      'response.inventory.vmCdRoms.protocol',
      'response.inventory.vmNics.usedIps.ipInBinary',
      'response.error.location',
      'response.error.cost',
    ]) {
      expect(row(id), id).not.toBeNull();
    }
    expect(row('response.inventory.vmNics.usedIps.ipInBinary')!.textContent).toContain('起始版本 5.2.0');
  });

  it('shows the asynchronous answers: 202 with the job location, then 200 or 503 on polling', () => {
    const statuses = [...document.querySelectorAll('.response h3')].map((h) => h.textContent!.replace(/\s+/g, ''));
    expect(statuses).toEqual([
      '202Accepted提交请求时',
      '400BadRequest提交请求时',
      '200OK轮询任务地址时',
      '503ServiceUnavailable轮询任务地址时',
    ]);
    expect(row('response.location')).not.toBeNull();
  });

  it('renders the recursive ErrorCode.cause once, as a link to its definition', () => {
    const cause = row('response.error.cause')!;
    expect(cause.querySelector('a[href="#response.error"]')).not.toBeNull();
    expect(cause.querySelector('.field-tree')).toBeNull();
    expect(document.querySelectorAll('[id^="response.error.cause."]').length).toBe(0);
  });

  it('has every section of the reference page, in its order', () => {
    const body = document.querySelector('main')!.textContent!;
    const order = [
      '资源中心',
      '云资源池',
      '云主机相关接口',
      'PUT',
      'VM Instance Operations',
      '起始版本 4.7.0',
      '异步',
      '需要认证',
      '扁平合并云主机',
      '说明',
      '路径参数',
      '请求体字段',
      'systemTags / userTags',
      '响应状态',
      '请求地址',
      '操作 ID',
      '永久链接',
      '变更历史',
      // The column beside the fields on a wide screen (below them on a narrow one, the 在线调试 entry first).
      '调试可用性',
      '在线调试',
      '使用当前认证信息和示例参数提交请求：Mock（浏览器内模拟）、ZStack 模拟器或真实的管理节点，打开面板后选择。',
      '请求示例',
      '响应示例',
    ];
    let at = 0;
    for (const label of order) {
      const found = body.indexOf(label, at);
      expect(found, label).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(document.querySelector('a.skip-link[href="#main-content"]')!.textContent).toBe('跳转到主要内容');
    expect(document.querySelector('#main-content')).not.toBeNull();
  });

  it('is readable without JavaScript: every level is in the HTML and open', () => {
    const details = [...document.querySelectorAll('details.field-children')];
    // Every object with fields: the request's action and the response's inventory, error and their lists.
    expect(details.map((d) => d.id)).toEqual([
      'body.flattenVmInstance--fields',
      'response.inventory--fields',
      'response.inventory.vmNics--fields',
      'response.inventory.vmNics.usedIps--fields',
      'response.inventory.allVolumes--fields',
      'response.inventory.vmCdRoms--fields',
      'response.error--fields',
    ]);
    expect(details.every((d) => d.hasAttribute('open'))).toBe(true);
    expect(row('response.inventory.allVolumes.lastVmInstanceUuid')).not.toBeNull();
    // Scripts only enhance (theme, copy, collapse): none carries the reference's content.
    for (const script of document.querySelectorAll('script')) {
      expect(script.textContent ?? '').not.toContain('lastVmInstanceUuid');
      expect(script.textContent ?? '').not.toContain('扁平合并云主机上所有云盘');
    }
  });

  it('asks for one script on first load and carries the site styles itself, the same in every page; the icon is public/favicon.svg as it is', async () => {
    expect([...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('type'))).toEqual(['module']);
    expect(document.querySelectorAll('link[rel="preload"], link[rel="modulepreload"], img')).toHaveLength(0);
    // No stylesheet to wait for before the first paint: the site's styles are the head's one <style> of its own.
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    const getSiteStyles = (doc: Document) => {
      const own = [...doc.head.querySelectorAll('style')].filter((s) => !s.hasAttribute('data-token-classes'));
      expect(own).toHaveLength(1);
      return own[0]!.textContent ?? '';
    };
    const styles = getSiteStyles(document);
    expect(styles).toContain('.field-tree');
    // The code's token colours stay small, per page.
    const tokens = [...document.querySelectorAll('style[data-token-classes]')];
    expect(tokens.reduce((sum, s) => sum + (s.textContent ?? '').length, 0)).toBeLessThan(2048);
    for (const path of [
      '/index.html',
      '/quality/index.html',
      '/api/FlattenVmInstance/samples/index.html',
      '/api/LogOut/index.html',
    ]) {
      const other = parseHTML(await readBuiltText(`${inject('siteDir')}/client${path}`)).document;
      expect(other.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
      expect(getSiteStyles(other)).toBe(styles);
    }
    expect(document.querySelector('link[rel="icon"]')!.getAttribute('href')).toBe('/favicon.svg');
    const [built, source] = await Promise.all([
      readFile(`${inject('siteDir')}/client/favicon.svg`),
      readFile(new URL('../../public/favicon.svg', import.meta.url)),
    ]);
    expect(built.equals(source)).toBe(true);
  });

  it("makes every field's name the link to its own row, without JavaScript", () => {
    const rows = [...document.querySelectorAll('li.field')];
    expect(rows).toHaveLength(109);
    const links = rows.map((r) => r.querySelector(':scope > .field-head > a.field-name'));
    expect(rows.filter((r, i) => links[i]?.getAttribute('href') !== `#${r.id}`).map((r) => r.id)).toEqual([]);
    expect(links.map((a) => a!.textContent)).toContain('lastVmInstanceUuid');
  });

  it('shows the curl, Java SDK and Python SDK samples with the correct body key and types', () => {
    const curl = document.querySelector('#sample-curl pre')!.textContent!;
    expect(curl).toBe(
      [
        `curl -H "Content-Type: application/json;charset=UTF-8" \\`,
        `-H "Authorization: OAuth <session-uuid>" \\`,
        `-X PUT -d '{"flattenVmInstance":{"full":true,"dryRun":false},"systemTags":[],"userTags":[]}' \\`,
        `http://localhost:8080/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions`,
      ].join('\n'),
    );
    expect(document.querySelector('#sample-java-sdk pre')!.textContent).toContain(
      'FlattenVmInstanceAction.Result res = action.call();',
    );
    expect(document.querySelector('#sample-python-sdk pre')!.textContent).toContain(
      'action = zssdk.FlattenVmInstanceAction()',
    );
    expect(document.querySelector('#sample-curl pre.astro-code')).not.toBeNull();
  });

  it('keeps a short response example in the page itself', async () => {
    const logOut = parseHTML(await readBuiltText(`${inject('siteDir')}/client/api/LogOut/index.html`)).document;
    const section = logOut.getElementById('response-examples-title')!.closest('section')!;
    expect(
      [...section.querySelectorAll('figure.code-sample')].map((f) => f.querySelector('.sample-label')?.textContent),
    ).toEqual(['200', '503']);
    expect(section.querySelectorAll('figure.code-sample pre.astro-code')).toHaveLength(2);
    expect(section.querySelector('.empty')).toBeNull();
  });

  it('lists its changelog entries and links to the whole history', () => {
    const history = document.getElementById('history-title')!.parentElement!;
    expect(history.textContent).toContain('按 ZStack 5.2.1 源码更正');
    expect(history.querySelector('a[href="/changelog/"]')!.textContent).toBe('查看全部变更历史');
  });
});

describe('the rest of the site', () => {
  it('groups operations by ZStack category on the index', async () => {
    const index = parseHTML(await readBuiltText(`${inject('siteDir')}/client/index.html`)).document;
    const group = [...index.querySelectorAll('.category-group')].find(
      (g) => g.querySelector('h2')?.textContent === '资源中心',
    )!;
    expect(group.querySelector('.category-name')!.textContent).toBe('云资源池 / 云主机相关接口');
    expect(group.querySelector('a[href="/api/QueryVmInstance/"]')).not.toBeNull();
  });

  it('gives a page with no changelog entry the version its description says the API came in', async () => {
    const page = parseHTML(await readBuiltText(`${inject('siteDir')}/client/api/LogOut/index.html`)).document;
    expect(page.querySelector('.history')).toBeNull();
    const items = [...page.querySelectorAll('.source-history li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['3.5.0 新增 clientInfo', '0.6 新增接口']);
  });

  it('lists the versions of the changelog page numerically, newest first', async () => {
    const page = parseHTML(await readBuiltText(`${inject('siteDir')}/client/changelog/index.html`)).document;
    const versions = [...page.querySelectorAll('main section h2')].map((h) => h.textContent);
    expect(versions).toEqual([
      '5.2.1',
      '5.2.0',
      '4.7.0',
      '4.1.2',
      '3.7',
      '3.5.0',
      '3.4.0',
      '2.2',
      '2.0.0',
      '1.9',
      '0.6',
    ]);
  });

  it("names in the asynchronous note what a finished job's answer holds, and nothing where it holds nothing", async () => {
    const note = async (operationId: string) =>
      parseHTML(await readBuiltText(`${inject('siteDir')}/client/api/${operationId}/index.html`))
        .document.querySelector('.async-note')
        ?.textContent?.replace(/\s+/g, ' ');
    expect(await note('FlattenVmInstance')).toContain('成功返回 200 与 inventory，失败返回 503 与 error');
    // DestroyVmInstance's job answers {} when it succeeds.
    expect(await note('DestroyVmInstance')).toContain('成功返回 200，失败返回 503 与 error');
  });

  it('says where the session of the samples comes from only where a sample has one, and not to the search index', async () => {
    const note = async (operationId: string) =>
      parseHTML(
        await readBuiltText(`${inject('siteDir')}/client/api/${operationId}/index.html`),
      ).document.querySelector('[aria-labelledby="samples-title"] > .note');
    const flatten = await note('FlattenVmInstance');
    expect(flatten?.textContent).toContain('<session-uuid>');
    expect(flatten?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(await note('LogInByAccount')).toBeNull();
  });

  it('lists every changelog entry, newest first', async () => {
    const page = parseHTML(await readBuiltText(`${inject('siteDir')}/client/changelog/index.html`)).document;
    const dates = [...page.querySelectorAll('.history time')].map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual(['2026-11-26', '2026-11-25']);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
