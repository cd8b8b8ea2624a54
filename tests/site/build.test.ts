import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/astro-build';
import { launchBrowser } from '../support/browser';
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
    const outDir = join(await mkdtemp(join(tmpdir(), 'out-')), 'dist');
    cleanup.push(specDir, outDir);
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

  it('adds pages for an operation added to the description and for APIs imported from a ZStack checkout, whose panel answers a mock send as ZStack would', async () => {
    const specDir = await mkdtemp(join(tmpdir(), 'spec-more-'));
    // Inside the project, so that the build's server bundle resolves its dependencies.
    const outDir = join(root, `.test-dist-more-${process.pid}`);
    const checkout = makeFixtureCheckout('action');
    cleanup.push(specDir, outDir, checkout);
    await cp(join(root, 'openapi'), specDir, { recursive: true });
    await cp(join(fixtures, 'valid/mini.yaml'), join(specDir, 'more/mini.yaml'), { recursive: true });
    const imported = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/importer/main.ts', checkout, '--out', join(specDir, 'generated')],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(imported.status, imported.stderr).toBe(0);
    const { code, output } = await build(specDir, outDir);
    expect(code, output).toBe(0);
    const page = await readFile(join(outDir, 'client/api/PokeThing/index.html'), 'utf8');
    expect(page).toContain('id="body.pokeThing.hard"');
    expect(parseHTML(page).document.querySelector('#sample-java-sdk pre')!.textContent).toContain(
      'PokeThingAction.Result res = action.call();',
    );
    expect(await readFile(join(outDir, 'client/index.html'), 'utf8')).toContain('href="/api/PokeThing/"');
    expect(await exists(join(outDir, 'client/api/FlattenVmInstance/index.html'))).toBe(true);

    const site = await startSite(outDir);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const panel = new TryItPanel(tab);
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
});
