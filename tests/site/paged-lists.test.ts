import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBuild } from '../support/astro-build';
import { readBuiltPage, readPagedList } from '../support/paged-list';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Operations in one category, each with two fields without a description: 240 findings of one rule. */
const OPERATIONS = 120;
const cleanup: string[] = [];
let outDir: string;
let output: string;

const readPage = (path: string) => readBuiltPage(outDir, path);
const readPages = (first: string) => readPagedList(outDir, first);

beforeAll(async () => {
  const specDir = await mkdtemp(join(tmpdir(), 'spec-paged-'));
  // Inside the project, as the other build tests do, so that the build resolves its dependencies.
  outDir = join(root, `.test-dist-paged-${process.pid}`);
  cleanup.push(specDir, outDir);
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
  await writeFile(
    join(specDir, 'things.yaml'),
    stringify({ openapi: '3.1.0', info: { title: 'things', version: '1' }, paths }),
  );
  ({ output } = await runBuild(outDir, { PORTAL_OPENAPI_DIR: specDir }).then((run) => {
    if (run.code !== 0) throw new Error(run.output);
    return run;
  }));
}, 600_000);

afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a rule with more findings than one page holds', () => {
  it('lists each of its findings on exactly one page, 200 at most a page, linked page to page', async () => {
    const summary = await readPage('/quality/');
    const row = summary.getElementById('rule-description-missing')!;
    const count = Number(row.querySelectorAll('td')[1]!.textContent);
    expect(count).toBe(OPERATIONS * 2);
    expect(row.querySelectorAll('td')[2]!.textContent).toBe('2 页');
    const pages = await readPages('/quality/description-missing/');
    const rows = pages.map((page) => [...page.querySelectorAll('main tbody tr')].map((tr) => tr.textContent!));
    expect(rows.map((r) => r.length)).toEqual([200, 40]);
    expect(new Set(rows.flat()).size).toBe(count);
    for (let i = 0; i < OPERATIONS; i++) {
      expect(rows.flat().filter((text) => text.includes(`size${i} `) || text.endsWith(`size${i}`))).toHaveLength(1);
    }
    expect(pages[1]!.querySelector('h1')!.textContent).toContain('第 2/2 页');
    expect(pages[1]!.querySelector('nav.pager a[rel="prev"]')!.getAttribute('href')).toBe(
      '/quality/description-missing/',
    );
    expect(pages[0]!.querySelector('main caption')!.textContent).toContain('第 1–200 条，共 240 条');
  });

  it('prints that the build ran the lint once', () => {
    expect(output).toMatch(/构建统计：加载与校验描述 1 次（[\d.]+ 秒），质量检查 1 次/);
  });
});

describe('a category with more operations than one page holds', () => {
  it('lists each operation on exactly one of its pages, 100 at most a page', async () => {
    const index = await readPage('/api/');
    const category = index.querySelector('.category-name')!.getAttribute('href')!;
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
