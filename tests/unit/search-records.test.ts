import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../src/lib/openapi/load';
import { makeFieldRecords } from '../../src/server/search-index';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function getFlatten() {
  const [error, set] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  return set.operations.find((o) => o.operationId === 'FlattenVmInstance')!;
}

describe('search records', () => {
  it('makes one record per field row, linked to the row', async () => {
    const op = await getFlatten();
    const records = makeFieldRecords(op);
    const dryRun = records.find((r) => r.url === '/api/FlattenVmInstance/#body.flattenVmInstance.dryRun')!;
    expect(dryRun.content).toBe('dryRun\nBoolean\n试运行,可用于预测数据用量\n');
    expect(records.some((r) => r.url === '/api/FlattenVmInstance/#response.inventory.allVolumes.lastVmInstanceUuid')).toBe(true);
  });

  it('stops adding deep links to a shared schema field after twenty operations, but never to an operation’s own fields', async () => {
    const op = await getFlatten();
    const shared = new Map<string, number>();
    const counts = Array.from({ length: 25 }, () => makeFieldRecords(op, shared));
    expect(counts[19]!.some((r) => r.url.endsWith('#response.inventory.uuid'))).toBe(true);
    expect(counts[20]!.some((r) => r.url.endsWith('#response.inventory.uuid'))).toBe(false);
    expect(counts[24]!.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/api/FlattenVmInstance/#path.uuid',
        '/api/FlattenVmInstance/#body.flattenVmInstance.full',
        '/api/FlattenVmInstance/#response.inventory',
      ]),
    );
  });
});
