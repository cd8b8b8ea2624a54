import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../support/astro-build';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cleanup: string[] = [];

let document: Document;

beforeAll(async () => {
  document = parseHTML(await readFile(`${inject('siteDir')}/client/quality/index.html`, 'utf8')).document;
});

afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the 文档质量报告 page', () => {
  it('finds no undeclared field since the FlattenVmInstance example dropped the hidden usedIpUuid, and still links a hint to its row', async () => {
    const undeclared = document.getElementById('rule-example-undeclared')!.closest('section')!;
    expect(undeclared.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(undeclared.querySelector('.empty')?.textContent).toBe('未发现问题。');
    expect(document.body.textContent).not.toContain('usedIpUuid');
    const missing = document.getElementById('rule-example-missing-field')!.closest('section')!;
    const row = [...missing.querySelectorAll('tbody tr')].find(
      (tr) =>
        tr.textContent!.includes('inventory.reservedMemorySize') &&
        tr.querySelector('a')?.textContent?.startsWith('FlattenVmInstance'),
    )!;
    const link = row.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/api/FlattenVmInstance/#response.inventory.reservedMemorySize');
    const target = parseHTML(
      await readFile(`${inject('siteDir')}/client/api/FlattenVmInstance/index.html`, 'utf8'),
    ).document;
    expect(target.getElementById('response.inventory.reservedMemorySize')).not.toBeNull();
  });

  it('gives every findings table a caption and column headers, and every rule a heading', () => {
    expect([...document.querySelectorAll('main h2')].map((h) => h.id)).toEqual([
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
      // The corrections of ZStack's reference page, which the operation pages only mark.
      'corrections',
    ]);
    // The summary's caption, then each rule's: its title and the number of rows the table has.
    const tables = [...document.querySelectorAll('main table')];
    expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual([
      '各规则的发现数',
      ...tables.slice(1).map((table) => {
        const title = table.closest('section')!.querySelector('h2')!.firstChild!.textContent!.trim();
        return `${title}：${table.querySelectorAll('tbody tr').length} 条`;
      }),
    ]);
    for (const table of tables) {
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    }
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
