import { link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDiskUsage, getInstallSizes } from '../../../bench/install-size';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'install-size-'));
  await mkdir(join(dir, 'root/node_modules/redoc'), { recursive: true });
  await mkdir(join(dir, 'bench/node_modules/redoc'), { recursive: true });
  await writeFile(
    join(dir, 'bench/package.json'),
    JSON.stringify({ dependencies: { redoc: '^2.5.4', autocannon: '^9.0.0' } }),
  );
  await writeFile(join(dir, 'root/node_modules/redoc/a.js'), 'x'.repeat(100_000));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the bench's install figures", () => {
  it('counts a hard-linked file once, as du does', async () => {
    const before = await getDiskUsage(join(dir, 'root/node_modules'));
    await link(join(dir, 'root/node_modules/redoc/a.js'), join(dir, 'root/node_modules/b.js'));
    expect(await getDiskUsage(join(dir, 'root/node_modules'))).toBe(before);
    expect(before).toBeGreaterThanOrEqual(100_000);
  });

  it("names the bench's packages that the portal's install still carries, and sizes a missing folder as 0", async () => {
    await rm(join(dir, 'bench/node_modules'), { recursive: true });
    const sizes = await getInstallSizes(join(dir, 'root'), join(dir, 'bench'));
    expect(sizes.benchPackagesInRoot).toEqual(['redoc']);
    expect(sizes.benchBytes).toBe(0);
    expect(sizes.rootBytes).toBeGreaterThanOrEqual(100_000);
  });
});
