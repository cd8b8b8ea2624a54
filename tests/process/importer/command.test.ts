import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeFixtureCheckout } from '../../unit/importer/fixture-tree';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/importer/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe('npm run import:zstack', () => {
  it('writes the documents to PORTAL_GENERATED_DIR, replaces its own earlier output, keeps other files, and prints the summary', () => {
    const checkout = makeFixtureCheckout('action', 'disagreements');
    const out = mkdtempSync(join(tmpdir(), 'zstack-out-'));
    try {
      writeFileSync(join(out, 'stale.yaml'), 'openapi: 3.1.0\nx-zstack-generated: true\n');
      writeFileSync(join(out, 'hand-written.yaml'), 'openapi: 3.1.0\n');
      const result = run([checkout], { PORTAL_GENERATED_DIR: out });
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('正在导入 API：4/4');
      expect(result.stdout.split('\n').slice(0, 2)).toEqual([
        '发现 API 4 个，导入 3 个（3 个操作），跳过 1 个，警告 2 条，源码不一致 8 处',
        '  跳过 APIBrokenThingMsg（plugin/thing/src/main/java/org/zstack/thing/APIBrokenThingMsg.java）：@RestRequest 的 path 不是字符串常量',
      ]);
      expect(readdirSync(out).sort()).toEqual([
        'brand-new-category.yaml',
        'hand-written.yaml',
        'other.yaml',
        'vm-instance.yaml',
      ]);
      expect(readFileSync(join(out, 'vm-instance.yaml'), 'utf8')).toMatch(/^x-zstack-generated: true$/m);
    } finally {
      rmSync(checkout, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a checkout that is not a directory, in Chinese, writing nothing', () => {
    const out = join(tmpdir(), `zstack-none-${process.pid}`);
    const result = run(['/nonexistent/zstack', '--out', out]);
    expect([result.status, result.stderr.trim(), existsSync(out)]).toEqual([2, '不是目录：/nonexistent/zstack', false]);
  }, 60_000);
});
