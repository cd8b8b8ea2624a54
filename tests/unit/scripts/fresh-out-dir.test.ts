import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIntoFreshDir } from '../../../scripts/fresh-out-dir';

const cleanup: string[] = [];

afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A parent folder holding a good build: dist/client/index.html. */
async function makeGoodBuild(): Promise<{ parent: string; outDir: string }> {
  const parent = await mkdtemp(join(tmpdir(), 'fresh-out-'));
  cleanup.push(parent);
  const outDir = join(parent, 'dist');
  await mkdir(join(outDir, 'client'), { recursive: true });
  await writeFile(join(outDir, 'client/index.html'), 'good');
  return { parent, outDir };
}

/** A build that writes part of a site, then ends with `code`. */
function partialBuild(code: number) {
  return async (dir: string) => {
    await mkdir(join(dir, 'client'), { recursive: true });
    await writeFile(join(dir, 'client/index.html'), 'new');
    return code;
  };
}

describe('buildIntoFreshDir', () => {
  it('leaves the last good output whole when the build fails halfway, and removes what it wrote', async () => {
    const { parent, outDir } = await makeGoodBuild();
    expect(await buildIntoFreshDir(outDir, partialBuild(1))).toBe(1);
    expect(await readFile(join(outDir, 'client/index.html'), 'utf8')).toBe('good');
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('leaves the last good output whole when the build throws', async () => {
    const { parent, outDir } = await makeGoodBuild();
    const failing = async (dir: string) => {
      await partialBuild(0)(dir);
      throw new Error('index failed');
    };
    await expect(buildIntoFreshDir(outDir, failing)).rejects.toThrow('index failed');
    expect(await readFile(join(outDir, 'client/index.html'), 'utf8')).toBe('good');
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('puts a successful build in place of the old one, with nothing of the old left', async () => {
    const { parent, outDir } = await makeGoodBuild();
    await writeFile(join(outDir, 'client/stale.html'), 'stale');
    expect(await buildIntoFreshDir(outDir, partialBuild(0))).toBe(0);
    expect(await readFile(join(outDir, 'client/index.html'), 'utf8')).toBe('new');
    expect(await readdir(join(outDir, 'client'))).toEqual(['index.html']);
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('builds into a folder other than the output while it runs', async () => {
    const { outDir } = await makeGoodBuild();
    let seen = '';
    await buildIntoFreshDir(outDir, async (dir) => {
      seen = dir;
      return 1;
    });
    expect(seen).not.toBe(outDir);
    expect(seen.startsWith(`${outDir}.building-`)).toBe(true);
  });
});
