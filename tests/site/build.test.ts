import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readBuiltText } from '../support/built-files';
import { runBuild } from '../support/astro-build';
import { launchBrowser } from '../support/browser';
import { readBuiltPage, readPagedList } from '../support/paged-list';
import { startSite } from '../support/server';
import { TryItPanel } from '../browser/pages/try-it-panel';
import { makeFixtureCheckout } from '../unit/importer/fixture-tree';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures');
const cleanup: string[] = [];

afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});

function build(specDir: string, outDir: string) {
  return runBuild(outDir, { PORTAL_OPENAPI_DIR: specDir });
}

async function exists(path: string) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('astro build', () => {
  it('fails on an invalid document, naming the file and the JSON pointer, and writes no site', async () => {
    const specDir = await mkdtemp(join(tmpdir(), 'spec-bad-'));
    const outParent = await mkdtemp(join(tmpdir(), 'out-'));
    const outDir = join(outParent, 'dist');
    cleanup.push(specDir, outParent);
    await cp(join(root, 'openapi'), specDir, { recursive: true });
    await cp(join(fixtures, 'invalid/broken-ref.yaml'), join(specDir, 'zz-broken.yaml'));
    const { code, output } = await build(specDir, outDir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /OpenAPI 文档无效：\S*zz-broken\.yaml#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref：引用 #\/components\/schemas\/Nope 无法解析/,
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(await exists(outDir)).toBe(false);
  });
});

/** Operations of the paged fixture, in one category, each with two fields without a description: 240 findings of one rule. */
const OPERATIONS = 120;

/** A description of OPERATIONS operations, each with two fields the lint reports (description-missing). */
function makePagedFixture() {
  const paths = Object.fromEntries(
    Array.from({ length: OPERATIONS }, (_, i) => [
      `/zstack/v1/things-${i}`,
      {
        get: {
          operationId: `QueryThing${i}`,
          summary: `查询物品${i}`,
          'x-zstack-category': ['资源中心', '物品', '物品相关接口'],
          responses: {
            '200': {
              description: '物品。',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { [`size${i}`]: { type: 'integer' }, [`color${i}`]: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    ]),
  );
  return stringify({ openapi: '3.1.0', info: { title: 'things', version: '1' }, paths });
}

/**
 * One build of the project's documents plus an added description (mini.yaml), the APIs imported
 * from a ZStack checkout, and the paged fixture above: a build costs more than all the tests
 * that read it, and none of the three touches another's operations, categories or findings.
 */
describe('astro build of more descriptions', () => {
  let outDir: string;
  let output: string;
  const readPage = (path: string) => readBuiltPage(outDir, path);
  const readPages = (first: string) => readPagedList(outDir, first);

  beforeAll(async () => {
    const specDir = await mkdtemp(join(tmpdir(), 'spec-more-'));
    // Inside the project, so that the build's server bundle resolves its dependencies.
    outDir = join(root, `.test-dist-more-${process.pid}`);
    const checkout = makeFixtureCheckout('action');
    cleanup.push(specDir, outDir, checkout);
    await cp(join(root, 'openapi'), specDir, { recursive: true });
    await cp(join(fixtures, 'valid/mini.yaml'), join(specDir, 'more/mini.yaml'), { recursive: true });
    await writeFile(join(specDir, 'more/things.yaml'), makePagedFixture());
    const imported = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/importer/main.ts', checkout, '--out', join(specDir, 'generated')],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(imported.status, imported.stderr).toBe(0);
    const run = await build(specDir, outDir);
    expect(run.code, run.output).toBe(0);
    output = run.output;
  }, 600_000);

  it('adds pages for an operation added to the description and for APIs imported from a ZStack checkout, whose panel answers a mock send as ZStack would', async () => {
    const page = await readBuiltText(join(outDir, 'client/api/PokeThing/index.html'));
    expect(page).toContain('id="body.pokeThing.hard"');
    expect(parseHTML(page).document.querySelector('#sample-java-sdk pre')!.textContent).toContain(
      'PokeThingAction.Result res = action.call();',
    );
    expect(await readBuiltText(join(outDir, 'client/index.html'))).toContain('href="/api/PokeThing/"');
    expect(await exists(join(outDir, 'client/api/FlattenVmInstance/index.html'))).toBe(true);

    const site = await startSite(outDir);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      // The mock's job lasts 2 s: the panel object moves the clock on over the waits between polls.
      await tab.clock.install();
      const panel = new TryItPanel(tab, { fastForward: true });
      await tab.goto(`${site.url}/api/FlattenThing/`);
      expect(await tab.locator('h1').textContent()).toContain('扁平合并东西');
      await panel.open();
      await panel.logIn();
      const result = await panel.send();
      expect(result.progress[0]).toMatch(/^提交：202 Accepted/);
      expect(result.status).toBe('200');
      // The sample's placeholder uuid names the Thing the mock seeded from the schema.
      expect(JSON.parse(result.body!).inventory.uuid).toBe('0123456789abcdef0123456789abcdef');
    } finally {
      await browser.dispose();
      await site.close();
    }
  });

  it('lists each finding of a rule with more findings than one page holds on exactly one page, 200 at most a page, linked page to page', async () => {
    // The project's documents and the imported APIs have findings of the rule too: the fixture's 240 come on top.
    const summary = await readPage('/quality/');
    const row = summary.getElementById('rule-description-missing')!;
    const count = Number(row.querySelectorAll('td')[1]!.textContent);
    expect(count).toBeGreaterThan(OPERATIONS * 2);
    expect(count).toBeLessThanOrEqual(400);
    expect(row.querySelectorAll('td')[2]!.textContent).toBe('2 页');
    const pages = await readPages('/quality/description-missing/');
    const rows = pages.map((page) => [...page.querySelectorAll('main tbody tr')].map((tr) => tr.textContent!));
    expect(rows.map((r) => r.length)).toEqual([200, count - 200]);
    expect(new Set(rows.flat()).size).toBe(count);
    for (let i = 0; i < OPERATIONS; i++) {
      for (const field of [`size${i}`, `color${i}`]) {
        expect(rows.flat().filter((text) => text.includes(`${field} `) || text.endsWith(field))).toHaveLength(1);
      }
    }
    expect(pages[1]!.querySelector('h1')!.textContent).toContain('第 2/2 页');
    expect(pages[1]!.querySelector('nav.pager a[rel="prev"]')!.getAttribute('href')).toBe(
      '/quality/description-missing/',
    );
    expect(pages[0]!.querySelector('main caption')!.textContent).toContain(`第 1–200 条，共 ${count} 条`);
  });

  it('prints that the build ran the lint once', () => {
    expect(output).toMatch(/构建统计：加载与校验描述 1 次（[\d.]+ 秒），质量检查 1 次/);
  });

  it('lists each operation of a category with more operations than one page holds on exactly one of its pages, 100 at most a page', async () => {
    const index = await readPage('/api/');
    const category = [...index.querySelectorAll('.category-list > li')]
      .find((item) => item.querySelector('a[href="/api/QueryThing0/"]'))!
      .querySelector('.category-name')!
      .getAttribute('href')!;
    const pages = await readPages(category);
    const links = pages.map((page) =>
      [...page.querySelectorAll('main .op-list a')].map((a) => a.getAttribute('href')!),
    );
    expect(links.map((l) => l.length)).toEqual([100, 20]);
    expect(new Set(links.flat())).toEqual(
      new Set(Array.from({ length: OPERATIONS }, (_, i) => `/api/QueryThing${i}/`)),
    );
  });
});
