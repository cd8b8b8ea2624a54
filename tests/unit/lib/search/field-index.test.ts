import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import type { OperationModel } from '../../../../src/lib/openapi/operation';
import {
  getFieldHits,
  getFieldKey,
  getFieldRows,
  makeFieldIndex,
  matchFieldKeys,
  parseFieldQuery,
  type FieldIndexManifest,
  type FieldKeyFile,
} from '../../../../src/lib/search/field-index';
import { makeFieldSection } from '../../../../src/server/search-index';
import { mergeItems, toFieldItems } from '../../../../src/components/ui/search-results';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const DEEP = 'response.inventory.allVolumes.lastVmInstanceUuid';

let operations: OperationModel[];
let manifest: FieldIndexManifest;
let files: Map<string, FieldKeyFile>;

beforeAll(async () => {
  const [error, set] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  operations = set.operations;
  ({ manifest, files } = makeFieldIndex(operations));
}, 60_000);

/** Every (operation, row id) pair a key's file lists. */
function listPairs(key: string): string[] {
  return files.get(key)!.rows.flatMap(([id, , , , deltas]) => {
    let number = 0;
    return deltas.map((delta) => `${manifest.operations[(number += delta)]![0]} ${id}`);
  });
}

const hitsFor = (query: string, here?: string) => {
  const parsed = parseFieldQuery(manifest, query.split(' '))!;
  const { keys } = matchFieldKeys(manifest, parsed.term);
  return getFieldHits(
    manifest,
    keys.map((key) => files.get(key)!),
    { operations: parsed.operations, ...(here ? { here } : {}), limit: 10, perOperation: 3 },
  );
};

describe('the field index', () => {
  it('lists every row of every operation under its name, as the pages and the Pagefind section do', () => {
    const expected = operations.flatMap((op) =>
      getFieldRows(op)
        .filter((field) => getFieldKey(field.name) === 'uuid')
        .map((field) => `${op.operationId} ${field.id}`),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(listPairs('uuid').sort()).toEqual(expected.sort());
    const flatten = operations.find((op) => op.operationId === 'FlattenVmInstance')!;
    expect(getFieldRows(flatten)).toHaveLength(makeFieldSection(flatten).rows);
    expect(listPairs('lastvminstanceuuid')).toContain(`FlattenVmInstance ${DEEP}`);
    expect(manifest.keys).toEqual([...manifest.keys].sort());
  });

  it('reads a query as operation ids and one field name or its start, and leaves any other to Pagefind', () => {
    const flatten = manifest.operations.findIndex(([id]) => id === 'FlattenVmInstance');
    expect(parseFieldQuery(manifest, ['FlattenVmInstance', 'lastVmInstanceUuid'])).toEqual({
      operations: new Set([flatten]),
      term: 'lastvminstanceuuid',
    });
    expect(parseFieldQuery(manifest, ['flattenvminstance', 'LASTVM'])?.term).toBe('lastvm');
    expect(parseFieldQuery(manifest, ['FlattenVmInstance'])).toBeUndefined();
    expect(parseFieldQuery(manifest, ['uuid', 'name'])).toBeUndefined();
    expect(parseFieldQuery(manifest, ['扁平'])).toBeUndefined();
  });

  it('matches the whole name first, then the shortest names a word of three letters or more starts', () => {
    expect(matchFieldKeys(manifest, 'uuid')).toEqual({ keys: expect.arrayContaining(['uuid']), exact: true });
    expect(matchFieldKeys(manifest, 'uuid').keys[0]).toBe('uuid');
    expect(matchFieldKeys(manifest, 'lastvm')).toEqual({ keys: ['lastvminstanceuuid'], exact: false });
    expect(matchFieldKeys(manifest, 'la')).toEqual({ keys: [], exact: false });
    expect(matchFieldKeys(manifest, 'nosuchfieldname')).toEqual({ keys: [], exact: false });
  });

  it("puts the reader's own operation first, then the others in order, at most three rows of one", () => {
    const { hits, total } = hitsFor('lastVmInstanceUuid', 'StopVmInstance');
    expect(hits[0]).toMatchObject({ operationId: 'StopVmInstance', name: 'lastVmInstanceUuid' });
    expect(total).toBe(listPairs('lastvminstanceuuid').length);
    expect(new Set(hits.map((hit) => hit.operationId)).size).toBe(hits.length);
    const uuid = hitsFor('uuid', 'FlattenVmInstance');
    expect(uuid.hits).toHaveLength(10);
    expect(uuid.hits.filter((hit) => hit.operationId === 'FlattenVmInstance')).toHaveLength(3);
    // The shallower row first within an operation.
    expect(uuid.hits[0]!.id).toBe('path.uuid');
  });

  it('lists the operations where the field is least deep first: a resource’s own field before a nested resource’s', () => {
    // As at ZStack's size: lastVmInstanceUuid is a volume's own field, and a field of every VM's allVolumes.
    const synthetic: FieldIndexManifest = {
      operations: [
        ['AttachIsoToVmInstance', '加载ISO'],
        ['CreateVmInstance', '创建云主机'],
        ['QueryVolume', '查询云盘'],
      ],
      keys: ['lastvminstanceuuid'],
    };
    const file: FieldKeyFile = {
      rows: [
        [DEEP, 'lastVmInstanceUuid', 'String', '', [0, 1]],
        ['response.inventories.lastVmInstanceUuid', 'lastVmInstanceUuid', 'String', '', [2]],
      ],
    };
    const { hits } = getFieldHits(synthetic, [file], { operations: new Set(), limit: 10, perOperation: 3 });
    expect(hits.map((hit) => hit.operationId)).toEqual(['QueryVolume', 'AttachIsoToVmInstance', 'CreateVmInstance']);
  });

  it('keeps the operations the query names, and only them', () => {
    const { hits, total } = hitsFor('FlattenVmInstance lastVmInstanceUuid');
    expect(hits.map((hit) => `${hit.operationId} ${hit.id}`)).toEqual([`FlattenVmInstance ${DEEP}`]);
    expect(total).toBe(1);
  });

  it('becomes rows like Pagefind’s, with the deep link, and an excerpt escaped as Pagefind’s are', () => {
    const [item] = toFieldItems(
      [
        {
          operationId: 'X',
          summary: '某操作',
          id: 'body.a.b',
          name: 'b',
          type: 'String',
          excerpt: '<img src=x> & 说明',
        },
      ],
      '/docs',
    );
    expect(item).toEqual({
      url: '/docs/api/X/#body.a.b',
      kind: '字段',
      title: 'b',
      type: 'String',
      context: '某操作（X）· 请求体字段 a.b',
      excerpt: '&#60;img src=x&#62; &#38; 说明',
    });
    expect(
      mergeItems(
        [item!],
        [
          { ...item!, title: 'other' },
          { ...item!, url: '/y' },
        ],
      ).map((i) => i.title),
    ).toEqual(['b', 'b']);
  });
});
