import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStoredFiles } from '../../../src/server/precompress';

let dir: string;
const page = `<!doctype html><main>${'<li class="field">扁平合并云主机 lastVmInstanceUuid</li>'.repeat(100)}</main>`;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'portal-stored-'));
  const files: Record<string, string> = {
    'api/FlattenVmInstance/index.html': page,
    'api/FlattenVmInstance/try-it.json': JSON.stringify({ chunks: Array.from({ length: 200 }, (_, i) => `c${i}`) }),
    'openapi.yaml': 'paths:\n'.repeat(300),
    'robots.txt': 'User-agent: *\n',
    '404.html': page,
    '_astro/panel.abc.js': 'let a = 1;\n'.repeat(300),
    'pagefind/pagefind.js': 'let b = 2;\n'.repeat(300),
    'screenshots/shot.png': 'x'.repeat(3000),
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
});

afterEach(() => rm(dir, { recursive: true, force: true }));

const list = async () => (await readdir(dir, { recursive: true })).map((name) => name.split('\\').join('/')).sort();

describe('writeStoredFiles', () => {
  it('replaces every page and data file by its brotli copy, which decompresses to the file', async () => {
    const stored = await writeStoredFiles(dir, { keepPlain: false });
    expect(stored.files).toBe(3);
    const names = await list();
    for (const name of ['api/FlattenVmInstance/index.html', 'api/FlattenVmInstance/try-it.json', 'openapi.yaml']) {
      expect(names).toContain(`${name}.br`);
      expect(names).not.toContain(name);
    }
    expect(brotliDecompressSync(await readFile(join(dir, 'api/FlattenVmInstance/index.html.br'))).toString()).toBe(
      page,
    );
    expect(stored.bytes).toBeLessThan(stored.plainBytes / 4);
  });

  it('leaves small files, the adapter’s 404 page, /_astro/, Pagefind and images as they are', async () => {
    await writeStoredFiles(dir, { keepPlain: false });
    const names = await list();
    for (const name of [
      'robots.txt',
      '404.html',
      '_astro/panel.abc.js',
      'pagefind/pagefind.js',
      'screenshots/shot.png',
    ]) {
      expect(names).toContain(name);
      expect(names).not.toContain(`${name}.br`);
    }
  });

  it('keeps the plain files beside their copies when asked (PORTAL_PLAIN_FILES=1, for a static host)', async () => {
    await writeStoredFiles(dir, { keepPlain: true });
    const names = await list();
    expect(names).toContain('api/FlattenVmInstance/index.html');
    expect(names).toContain('api/FlattenVmInstance/index.html.br');
    expect(await readFile(join(dir, 'api/FlattenVmInstance/index.html'), 'utf8')).toBe(page);
  });
});
