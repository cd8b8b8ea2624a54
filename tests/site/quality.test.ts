import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../support/astro-build';
import { readBuiltPage, readPagedList } from '../support/paged-list';
import { buildOutput } from '../support/site-ready';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cleanup: string[] = [];

let document: Document;

const readPage = (path: string) => readBuiltPage(inject('siteDir'), path);
const readRulePages = (rule: string) => readPagedList(inject('siteDir'), `/quality/${rule}/`);

beforeAll(async () => {
  document = await readPage('/quality/');
});

afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the 文档质量报告 page', () => {
  it('finds no undeclared field since the FlattenVmInstance example dropped the hidden usedIpUuid, and still links a hint to its row', async () => {
    const undeclared = document.getElementById('rule-example-undeclared')!;
    expect([...undeclared.querySelectorAll('td')].map((td) => td.textContent)[1]).toBe('0');
    expect(undeclared.querySelector('a')).toBeNull();
    const missing = await readRulePages('example-missing-field');
    for (const page of missing) expect(page.body.textContent).not.toContain('usedIpUuid');
    const row = missing
      .flatMap((page) => [...page.querySelectorAll('tbody tr')])
      .find(
        (tr) =>
          tr.textContent!.includes('inventory.reservedMemorySize') &&
          tr.querySelector('a')?.textContent?.startsWith('FlattenVmInstance'),
      )!;
    const link = row.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/api/FlattenVmInstance/#response.inventory.reservedMemorySize');
    const target = await readPage('/api/FlattenVmInstance/');
    expect(target.getElementById('response.inventory.reservedMemorySize')).not.toBeNull();
  });

  it('summarises every rule in one row, keeping the anchor each rule had, and the corrections', () => {
    expect([...document.querySelectorAll('main tbody tr')].map((tr) => tr.id)).toEqual([
      'rule-example-invalid',
      'rule-example-undeclared',
      'rule-example-missing-field',
      'rule-description-missing',
      'rule-description-reused',
      'rule-description-mismatch',
      'rule-since-later',
      'rule-schema-unused',
      'rule-pattern-backtracking',
      'rule-handwritten-differs',
      'rule-source-disagreement',
    ]);
    // The corrections of ZStack's reference page, which the operation pages only mark.
    expect([...document.querySelectorAll('main h2')].map((h) => h.id)).toEqual(['corrections']);
    expect([...document.querySelectorAll('main table caption')].map((c) => c.textContent?.trim())).toEqual([
      '各规则的发现数',
    ]);
    for (const table of document.querySelectorAll('main table')) {
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    }
  });

  it('lists every finding of a rule on exactly one of its pages, at most 200 a page, as many as the summary counts', async () => {
    const total = Number(/共 (\d+) 条/.exec(document.querySelector('main p')!.textContent!)![1]);
    let listed = 0;
    for (const summaryRow of document.querySelectorAll('main tbody tr')) {
      const count = Number(summaryRow.querySelectorAll('td')[1]!.textContent);
      const href = summaryRow.querySelector('th a')?.getAttribute('href');
      if (count === 0) {
        expect(href).toBeUndefined();
        continue;
      }
      const rule = summaryRow.id.replace(/^rule-/, '');
      expect(href).toBe(`/quality/${rule}/`);
      const pages = await readRulePages(rule);
      expect(pages).toHaveLength(Math.ceil(count / 200));
      const rows = pages.map((page) => [...page.querySelectorAll('main tbody tr')].map((tr) => tr.innerHTML));
      for (const pageRows of rows) expect(pageRows.length).toBeLessThanOrEqual(200);
      expect(rows.flat()).toHaveLength(count);
      // No finding twice: the lint reports each (rule, place, message) once, so every row differs.
      expect(new Set(rows.flat()).size).toBe(count);
      for (const page of pages) {
        const table = page.querySelector('main table')!;
        expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
        expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      }
      listed += count;
    }
    expect(listed).toBe(total);
    expect(listed).toBeGreaterThan(0);
  });

  it('runs the lint once in the build, for the check and the report pages both', () => {
    const line = buildOutput.split('\n').find((l) => l.includes('构建统计：'));
    expect(line).toMatch(/加载与校验描述 1 次/);
    expect(line).toMatch(/质量检查 1 次/);
    // The operation pages' samples are highlighted again on their samples pages: from the cache.
    expect(Number(/另有 (\d+) 段/.exec(line!)![1])).toBeGreaterThan(0);
  });
});

describe('a strict build', () => {
  it('fails with the summary and the blocking findings when the report has an error, writing no site', async () => {
    const specDir = await mkdtemp(join(tmpdir(), 'spec-strict-'));
    // Inside the project, as the other build tests do, so that a build that went on could resolve its dependencies.
    const outDir = join(root, `.test-dist-strict-${process.pid}`);
    cleanup.push(specDir, outDir);
    await cp(join(root, 'tests/fixtures/lint/example-undeclared.yaml'), join(specDir, 'example-undeclared.yaml'));
    const { code, output } = await runBuild(outDir, { PORTAL_OPENAPI_DIR: specDir, PORTAL_LINT_STRICT: '1' });
    expect(code).not.toBe(0);
    const lines = output.split('\n').map((line) => line.replace(/^.*\[zstack-openapi-check\] /, ''));
    expect(lines).toContain('文档质量报告：错误 1 条，警告 0 条，提示 0 条（详见 /quality/）');
    expect(lines).toContain('  错误 example-undeclared（示例含未声明字段）：1 条');
    expect(lines).toContain('严格模式（PORTAL_LINT_STRICT=1）：有 1 条错误或警告，构建失败');
    const file = relative(root, join(specDir, 'example-undeclared.yaml')).split('\\').join('/');
    expect(lines).toContain(
      `  错误 example-undeclared ${file}#/paths/~1vms/get/responses/200/content/application~1json/example/inventory/vmNics/0/usedIpUuid：示例中的字段 inventory.vmNics[0].usedIpUuid 在 Nic 中没有定义`,
    );
    expect(
      await stat(outDir).then(
        () => true,
        () => false,
      ),
    ).toBe(false);
  });
});
