import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltText } from '../support/built-files';
import { getInlineScriptSources } from '../../src/components/ui/inline-scripts';
import { runBuild } from '../support/astro-build';
import { ensureEdgeBuild } from '../support/edge-build';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, 'tests/fixtures/corpus');
const cleanup: string[] = [];
let builds = 0;

afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Builds the portal from the project's documents plus the named corpus entries. */
async function buildWith(entries: string[]): Promise<{ code: number; output: string; outDir: string }> {
  const specDir = await mkdtemp(join(tmpdir(), 'spec-corpus-'));
  // Inside the project, so that the build's server bundle resolves its dependencies.
  const outDir = join(root, `.test-dist-corpus-${process.pid}-${builds++}`);
  cleanup.push(specDir, outDir);
  await cp(join(root, 'openapi'), specDir, { recursive: true });
  for (const entry of entries) await cp(join(corpus, entry), join(specDir, entry), { recursive: true });
  return { ...(await runBuild(outDir, { PORTAL_OPENAPI_DIR: specDir })), outDir };
}

function exists(path: string) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('astro build on the malformed-description corpus', () => {
  // Each build stops within seconds, mostly starting Astro on one core: run side by side, they use both.
  it.concurrent.for([
    ['alias-bomb.yaml', /alias-bomb\.yaml#：YAML 别名（\*锚点）展开次数超过 100，疑似“billion laughs”攻击，已拒绝\n/],
    [
      'sdk-action-injection.yaml',
      /sdk-action-injection\.yaml#\/paths\/~1zstack~1v1~1things\/get\/x-zstack-sdk-action：扩展 x-zstack-sdk-action 的值无效/,
    ],
    [
      'yaml-binary-tag.yaml',
      /yaml-binary-tag\.yaml#\/x-blob：YAML 语法错误（第 3 行第 18 列）：不支持的 YAML 标签 !!binary/,
    ],
    ['json-comment.json', /json-comment\.json#：JSON 语法错误（第 3 行第 3 列）：JSON 不允许注释/],
    [
      'nul-byte.yaml',
      /nul-byte\.yaml#\/info\/title：文件含有控制字符 U\+0000（第 2 行第 26 列），YAML 和 JSON 都不允许\n/,
    ],
    [
      'duplicate-operation-id',
      /duplicate-operation-id\/b\.yaml#\/paths\/~1zstack~1v1~1things~1\{uuid\}\/get\/operationId：operationId「QueryThing」重复，已在 \S*duplicate-operation-id\/a\.yaml#\/paths\/~1zstack~1v1~1things\/get 中定义\n/,
    ],
  ] as const)('stops at %s with one message, no stack trace and no site', async ([entry, message], { expect }) => {
    const { code, output, outDir } = await buildWith([entry]);
    expect(code).not.toBe(0);
    expect(output.match(/OpenAPI 文档无效/g)).toHaveLength(1);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at /);
    expect(await exists(outDir)).toBe(false);
  });

  it('keeps the last good site whole when a build over it fails, with one message', async () => {
    const outDir = join(root, `.test-dist-corpus-${process.pid}-kept`);
    cleanup.push(outDir);
    await mkdir(join(outDir, 'client'), { recursive: true });
    await writeFile(join(outDir, 'client/index.html'), 'the last good site');
    const specDir = await mkdtemp(join(tmpdir(), 'spec-corpus-'));
    cleanup.push(specDir);
    await cp(join(root, 'openapi'), specDir, { recursive: true });
    await cp(join(corpus, 'long-operation-id.yaml'), join(specDir, 'long-operation-id.yaml'));
    const { code, output } = await runBuild(outDir, { PORTAL_OPENAPI_DIR: specDir }, 'portal');
    expect(code).not.toBe(0);
    expect(output.match(/OpenAPI 文档无效/g)).toHaveLength(1);
    expect(output).toMatch(
      /long-operation-id\.yaml#\/paths\/~1zstack~1v1~1things\/get\/operationId：operationId 长 300 个字符/,
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(await readFile(join(outDir, 'client/index.html'), 'utf8')).toBe('the last good site');
    expect(
      await readdir(root).then((names) => names.filter((n) => n.startsWith(`.test-dist-corpus-${process.pid}-kept.`))),
    ).toEqual([]);
  }, 180_000);

  it('renders the legal edge cases: a BOM, recursion through items and allOf, 5,000 properties, a 256 KiB description', async () => {
    // One build with the hostile description (tests/browser/hostile.test.ts), which touches none of these pages;
    // each edge-case document below is checked on its own page, so one left out of the shared build fails here.
    const { code, output, dir: outDir } = await ensureEdgeBuild();
    expect(code, output).toBe(0);
    const page = (id: string) => readFile(join(outDir, `client/api/${id}/index.html`), 'utf8');
    // Built with PORTAL_PLAIN_FILES=1: each page plain, for a static host, and its brotli copy beside it.
    expect(brotliDecompressSync(await readFile(join(outDir, 'client/api/QueryBom/index.html.br'))).toString()).toBe(
      await page('QueryBom'),
    );
    expect(await page('QueryBom')).toContain('查询带 BOM 的文档');
    const tree = await page('QueryTree');
    expect(tree).toContain('id="response.inventory.labelled.label"');
    expect(tree).toContain('href="#response.inventory"');
    const wide = await page('QueryWideThing');
    expect(wide.match(/id="response\.inventory\.field\d{4}"/g)).toHaveLength(5000);
    // 48 schemas fanned out over 8^6 paths: each expanded once, its repeats linked to it.
    const fan = await page('QueryFan');
    expect(fan.match(/<li class="field"/g)!.length).toBeLessThan(500);
    expect(fan).toContain('href="#response.a.a"');
    expect(await page('FlattenThing')).toContain('http://localhost:4321/zstack/v1/things/');
    expect(await readBuiltText(join(outDir, 'client/quality/index.html'))).toContain('pattern-backtracking');
    // Text that looks like a script, in the title and in attributes, adds no hash to the policy.
    const scripted = await page('QueryScriptText');
    expect(
      scripted
        .replaceAll('&#39;', "'")
        .replaceAll('&#x27;', "'")
        .match(/'sha256-[^']+'/g),
    ).toEqual(getInlineScriptSources());
    // The whole description, once: its sentence repeated up to 256 KiB.
    expect((await page('QueryLongThing')).match(/这是一段很长的说明文字/g)).toHaveLength(
      Math.ceil(262_144 / Buffer.byteLength('这是一段很长的说明文字，用来检查门户能否处理超长的字符串。')),
    );
  }, 300_000);
});
