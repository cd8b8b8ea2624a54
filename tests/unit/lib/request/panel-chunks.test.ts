import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  getNewChunks,
  isChunkedFile,
  joinChunks,
  loadChunks,
  splitIntoChunks,
  type ChunkedFiles,
} from '../../../../src/lib/request/panel-chunks';

const hash = (text: string) => Promise.resolve(createHash('sha256').update(text).digest('hex').slice(0, 16));

/** A schema large enough to be a chunk at a 200-byte threshold. */
function makeInventory(name: string) {
  return {
    type: 'object',
    title: name,
    properties: Object.fromEntries(
      ['uuid', 'name', 'description', 'state', 'createDate'].map((p) => [
        p,
        { type: 'string', description: `${name}.${p}` },
      ]),
    ),
  };
}

/** How many times the text occurs in every file and chunk written. */
function countWritten<K>(split: ChunkedFiles<K>, text: string): number {
  const written = [...[...split.files.values()].map((f) => JSON.stringify(f.data)), ...split.chunks.values()];
  return written.reduce((sum, file) => sum + file.split(text).length - 1, 0);
}

function joinAll<K>(split: ChunkedFiles<K>, key: K): unknown {
  const file = split.files.get(key)!;
  return joinChunks(file, new Map(file.chunks.map((name) => [name, JSON.parse(split.chunks.get(name)!)])));
}

describe('splitIntoChunks', () => {
  it('writes a schema shared by two operations once, and gives each its own part', async () => {
    const vm = makeInventory('VmInstanceInventory');
    const values = new Map([
      ['StartVmInstance', { operationId: 'StartVmInstance', defs: { VmInstanceInventory: structuredClone(vm) } }],
      ['StopVmInstance', { operationId: 'StopVmInstance', defs: { VmInstanceInventory: structuredClone(vm) } }],
    ]);
    const split = await splitIntoChunks(values, hash, 200);
    expect(countWritten(split, 'VmInstanceInventory.uuid')).toBe(1);
    for (const [name, text] of split.chunks) expect(name).toBe(await hash(text));
    for (const [key, value] of values) {
      const file = split.files.get(key)!;
      expect(file.chunks.length).toBeGreaterThan(0);
      expect(JSON.stringify(file.data)).toContain(key);
      expect(JSON.stringify(file.data)).not.toContain('VmInstanceInventory.uuid');
      expect(joinAll(split, key)).toEqual(value);
    }
  });

  it('keeps a large part used by one operation only in that operation’s file', async () => {
    const values = new Map([
      ['A', { own: makeInventory('OnlyInA'), shared: makeInventory('Shared') }],
      ['B', { own: makeInventory('OnlyInB'), shared: makeInventory('Shared') }],
    ]);
    const split = await splitIntoChunks(values, hash, 200);
    expect(countWritten(split, 'Shared.uuid')).toBe(1);
    expect([...split.chunks.values()].join()).toContain('Shared.uuid');
    expect([...split.chunks.values()].join()).not.toMatch(/OnlyIn/);
    expect(JSON.stringify(split.files.get('A')!.data)).toContain('OnlyInA.uuid');
    expect(joinAll(split, 'B')).toEqual(values.get('B'));
  });

  it('lists every chunk a file needs, nested ones included, so that all are fetched at once', async () => {
    const inner = makeInventory('VmNicInventory');
    const outer = { ...makeInventory('VmInstanceInventory'), nics: inner };
    const values = new Map([
      ['A', { schema: structuredClone(outer), nic: structuredClone(inner), x: 1 }],
      ['B', { schema: structuredClone(outer), x: 2 }],
    ]);
    const split = await splitIntoChunks(values, hash, 200);
    expect(countWritten(split, 'VmNicInventory.uuid')).toBe(1);
    expect(countWritten(split, 'VmInstanceInventory.uuid')).toBe(1);
    expect(split.chunks.size).toBeGreaterThan(1);
    expect(new Set(split.files.get('A')!.chunks)).toEqual(new Set(split.chunks.keys()));
    expect(new Set(split.files.get('B')!.chunks)).toEqual(new Set(split.chunks.keys()));
    expect(joinAll(split, 'A')).toEqual(values.get('A'));
    expect(joinAll(split, 'B')).toEqual(values.get('B'));
  });

  it('names a chunk by its text, so that the same content has the same name in any build', async () => {
    const first = await splitIntoChunks(
      new Map([
        ['A', [makeInventory('X')]],
        ['B', [makeInventory('X')]],
      ]),
      hash,
      200,
    );
    const second = await splitIntoChunks(
      new Map([
        ['C', { other: true, list: [makeInventory('X')] }],
        ['D', [makeInventory('X')]],
      ]),
      hash,
      200,
    );
    expect(first.chunks.size).toBeGreaterThan(0);
    expect([...first.chunks.keys()]).toEqual([...second.chunks.keys()]);
  });

  it('keeps order, values and keys that look like references', async () => {
    const tricky = {
      z: 1,
      a: [null, true, 'x', 2.5, { $chunk: 'not-a-reference' }],
      $literal: { $literal: 3 },
      nested: { $chunk: 'also-not', pad: 'p'.repeat(300) },
    };
    const values = new Map([
      ['A', structuredClone(tricky)],
      ['B', structuredClone(tricky)],
    ]);
    const split = await splitIntoChunks(values, hash, 100);
    expect(split.chunks.size).toBeGreaterThan(0);
    const joined = joinAll(split, 'A');
    expect(joined).toEqual(tricky);
    expect(JSON.stringify(joined)).toBe(JSON.stringify(tricky));
  });
});

describe('loadChunks', () => {
  it('fetches each listed chunk once, in parallel, and joins them', async () => {
    const values = new Map([
      ['A', { one: makeInventory('One'), two: makeInventory('Two') }],
      ['B', { one: makeInventory('One'), two: makeInventory('Two') }],
    ]);
    const split = await splitIntoChunks(values, hash, 200);
    const asked: string[] = [];
    let inFlight = 0;
    let most = 0;
    const joined = await loadChunks(split.files.get('A')!, async (name) => {
      asked.push(name);
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return JSON.parse(split.chunks.get(name)!);
    });
    expect(joined).toEqual(values.get('A'));
    expect(asked.sort()).toEqual([...split.chunks.keys()].sort());
    expect(asked.length).toBeGreaterThan(1);
    expect(most).toBe(asked.length);
  });

  it('fails with the name of a chunk that is missing', () => {
    expect(() => joinChunks({ chunks: [], data: { a: { $chunk: 'abc' } } }, new Map())).toThrow('missing chunk abc');
  });
});

describe('getNewChunks', () => {
  it('names only the chunks no page seen before listed', () => {
    const first = { chunks: ['a', 'b'], data: {} };
    const other = { chunks: ['c'], data: {} };
    expect(getNewChunks({ chunks: ['a', 'c', 'd'], data: {} }, [first, other])).toEqual(['d']);
    expect(getNewChunks(first, [])).toEqual(['a', 'b']);
  });
});

describe('isChunkedFile', () => {
  it('tells a chunked file from other JSON', () => {
    expect(isChunkedFile({ chunks: ['a'], data: {} })).toBe(true);
    expect(isChunkedFile({ operation: {}, support: [] })).toBe(false);
    expect(isChunkedFile({ chunks: [1], data: {} })).toBe(false);
  });
});
