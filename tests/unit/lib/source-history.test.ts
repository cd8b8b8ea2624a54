import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareVersions, getDistinctVersions } from '../../../src/lib/changelog';
import { loadSpecDir } from '../../../src/lib/openapi/load';
import type { OperationModel } from '../../../src/lib/openapi/operation';
import { formatSourceChange, getSourceChanges, groupSourceChanges } from '../../../src/lib/source-history';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

async function loadThings() {
  const [error, set] = await loadSpecDir(join(fixtures, 'generated'), fixtures);
  if (error) throw error;
  return set.operations;
}

/** A bare operation with a since and one response field of the given since. */
function makeOp(operationId: string, since: string, fieldSince?: string): OperationModel {
  const field = {
    id: 'response.inventory.extra',
    name: 'extra',
    type: 'String',
    required: false,
    description: '',
    deprecated: false,
    children: [],
    since: fieldSince,
  };
  return {
    operationId,
    summary: operationId,
    since,
    parameters: { path: [], query: [], header: [] },
    responses: [
      { status: '200', statusText: 'OK', phase: 'submit', description: '', fields: fieldSince ? [field] : [] },
    ],
  } as unknown as OperationModel;
}

describe('the history a description records', () => {
  it("lists the API's own since and each field added after it by its path, newest first", async () => {
    const poke = (await loadThings()).find((op) => op.operationId === 'PokeThing')!;
    expect(getSourceChanges(poke).map(formatSourceChange)).toEqual([
      '5.2.0 新增 pokeThing.force',
      '5.2.0 新增 inventory.ipInBinary',
      '4.0.0 新增接口',
    ]);
    expect(getSourceChanges(poke)[1]!.fieldId).toBe('response.inventory.ipInBinary');
  });

  it('leaves out fields as old as the operation or older, and an operation without a since', () => {
    expect(getSourceChanges(makeOp('A', '5.0.0', '4.0.0')).map(formatSourceChange)).toEqual(['5.0.0 新增接口']);
    const { since: _since, ...undated } = makeOp('B', '5.0.0', '5.1.0');
    expect(getSourceChanges(undated as OperationModel)).toEqual([]);
  });

  it('groups every operation by version, numerically newest first, and each added field once with all its operations', () => {
    const groups = groupSourceChanges([
      makeOp('A', '5.9.0', '5.10.0'),
      makeOp('B', '5.10.0'),
      makeOp('C', '4.0.0', '5.10.0'),
      makeOp('D', '5.9.0'),
    ]);
    expect(groups.map((g) => g.version)).toEqual(['5.10.0', '5.9.0', '4.0.0']);
    expect(groups[0]).toEqual({
      version: '5.10.0',
      operations: [{ operationId: 'B', summary: 'B' }],
      fields: [
        {
          name: 'extra',
          operations: [
            { operationId: 'A', fieldId: 'response.inventory.extra' },
            { operationId: 'C', fieldId: 'response.inventory.extra' },
          ],
        },
      ],
    });
    expect(groups[1]!.operations.map((o) => o.operationId)).toEqual(['A', 'D']);
    expect(compareVersions('5.10.0', '5.9.0')).toBeGreaterThan(0);
  });

  it('takes 5.1 and 5.1.0 for one version, named the longer way, in the groups and the changelog’s list', () => {
    const groups = groupSourceChanges([makeOp('A', '5.1'), makeOp('B', '5.1.0', '5.2'), makeOp('C', '4.0.0', '5.2.0')]);
    expect(
      groups.map((g) => [g.version, g.operations.map((o) => o.operationId), g.fields[0]?.operations.length]),
    ).toEqual([
      ['5.2.0', [], 2],
      ['5.1.0', ['A', 'B'], undefined],
      ['4.0.0', ['C'], undefined],
    ]);
    expect(getDistinctVersions(['5.1', '4.7.0', '5.1.0', '4.7', '5.10'])).toEqual(['5.10', '5.1.0', '4.7.0']);
  });
});
