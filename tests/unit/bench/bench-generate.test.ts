import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
    const doc = parse(await readFile(join(dir, name), 'utf8')) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    for (const item of Object.values(doc.paths)) for (const op of Object.values(item)) ids.push(op.operationId);
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
