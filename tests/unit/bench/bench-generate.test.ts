import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGeneratedSpec } from '../../../bench/generate';

const OPENAPI = fileURLToPath(new URL('../../../openapi/', import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function getOperationIds(total: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-generate-'));
  dirs.push(dir);
  const spec = await writeGeneratedSpec(OPENAPI, dir, total);
  expect(spec.operations).toBe(total);
  const ids: string[] = [];
  for (const name of await readdir(dir)) {
    // The ids are read off the lines that declare them: parsing 5,000 operations' YAML took most of the test's time.
    const text = await readFile(join(dir, name), 'utf8');
    ids.push(...[...text.matchAll(/^ {6}operationId: (\S+)$/gm)].map((match) => match[1]!));
  }
  return ids;
}

describe("the bench's generated descriptions", () => {
  it('reach 5,000 operations, each id once, with the second family of resources named apart', async () => {
    const ids = await getOperationIds(5000);
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(ids).toEqual(expect.arrayContaining(['FlattenVmInstance', 'StartVmInstance', 'StartVmInstance2']));
  });

  it('keep 1,000 operations within the first family, as earlier results were measured', async () => {
    const ids = await getOperationIds(1000);
    expect(ids.filter((id) => /\d$/.test(id))).toEqual([]);
  });
});
