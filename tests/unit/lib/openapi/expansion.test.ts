import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeFieldBudget } from '../../../../src/lib/openapi/expansion';
import { makeOperations } from '../../../../src/lib/openapi/operation';
import { parseSpec } from '../../../../src/lib/openapi/parse';
import type { FieldNode } from '../../../../src/lib/openapi/schema';
import { isSpecError } from '../../../../src/lib/openapi/spec-error';

const corpus = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));

async function parseCorpus(name: string) {
  const [error, spec] = await parseSpec(name, await readFile(corpus + name));
  if (error) throw error;
  return spec;
}

function flatten(nodes: FieldNode[]): FieldNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** A document of `operations` GETs, each answering an object of `properties` string fields. */
function makeWideDocument(operations: number, properties: number): Uint8Array {
  const props = Object.fromEntries(Array.from({ length: properties }, (_, i) => [`f${i}`, { type: 'string' }]));
  const paths = Object.fromEntries(
    Array.from({ length: operations }, (_, i) => [
      `/zstack/v1/wide${i}`,
      {
        get: {
          operationId: `QueryWide${i}`,
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Wide' } } },
            },
          },
        },
      },
    ]),
  );
  const doc = {
    openapi: '3.1.0',
    info: { title: 'wide', version: '1.0' },
    paths,
    components: { schemas: { Wide: { type: 'object', properties: props } } },
  };
  return new TextEncoder().encode(JSON.stringify(doc));
}

function getThrown(run: () => unknown): unknown {
  try {
    run();
  } catch (caught) {
    return caught;
  }
  return undefined;
}

describe('bounds on expanding a description', () => {
  it('expands each of 48 fanned-out schemas once and links every repeat to the row that shows it', async () => {
    const [op] = makeOperations(await parseCorpus('ref-fan-out.yaml'));
    const rows = flatten(op!.responses[0]!.fields);
    // Seven levels of eight schemas each referring to all eight of the next: 8^6 paths, 56 schemas.
    expect(rows.length).toBeLessThan(500);
    const expanded = rows.filter((r) => r.children.length > 0).map((r) => r.refName);
    expect(expanded.sort()).toEqual(
      Array.from({ length: 6 }, (_, level) => [...'abcdefgh'].map((l) => `L${level + 2}${l}`))
        .flat()
        .sort(),
    );
    const repeat = rows.find((r) => r.id === 'response.b.a')!;
    expect(repeat).toMatchObject({ refName: 'L3a', sharedWith: 'response.a.a', children: [] });
  });

  it('keeps the rows of a schema that is repeated under another name of the same tree', async () => {
    const [op] = makeOperations(await parseCorpus('ref-fan-out.yaml'));
    const rows = flatten(op!.responses[0]!.fields);
    expect(rows.find((r) => r.id === 'response.a.a.a.a.a.a.v')).toMatchObject({ type: 'String' });
  });

  it("stops an operation's rows at its bound, naming the file and the field's pointer", async () => {
    const [error, spec] = await parseSpec('wide.json', makeWideDocument(1, 30));
    expect(error).toBeNull();
    const thrown = getThrown(() => makeOperations(spec!, makeFieldBudget(20, 1000)));
    // The answer's root is the first row, f0 the second: f19 is the 21st.
    expect(isSpecError(thrown)).toBe(true);
    expect((thrown as Error).message).toBe(
      'OpenAPI 文档无效：wide.json#/components/schemas/Wide/properties/f19：一个操作的字段展开后超过 20 行，结构过于庞大，请拆分或精简引用的 schema',
    );
  });

  it('stops all operations together at the total bound, at the operation that passes it', async () => {
    const [, spec] = await parseSpec('wide.json', makeWideDocument(5, 10));
    // Each operation has 11 rows: the answer's root and its 10 fields.
    expect(makeOperations(spec!, makeFieldBudget(20, 55))).toHaveLength(5);
    const thrown = getThrown(() => makeOperations(spec!, makeFieldBudget(20, 35)));
    expect((thrown as Error).message).toBe(
      'OpenAPI 文档无效：wide.json#/components/schemas/Wide/properties/f1：全部操作的字段展开后超过 35 行，文档过于庞大',
    );
  });

  it('refuses a 1 MB YAML anchor repeated by 90 aliases, at the first copy past the bound', async () => {
    const text = [
      'openapi: 3.1.0',
      "info: { title: wide aliases, version: '1.0' }",
      `x-big: &big "${'lol '.repeat(262_144)}"`,
      `x-copies: [${Array.from({ length: 90 }, () => '*big').join(', ')}]`,
      'paths: {}',
    ].join('\n');
    const started = Date.now();
    const [error] = await parseSpec('wide-aliases.yaml', new TextEncoder().encode(text));
    expect(Date.now() - started).toBeLessThan(5000);
    // 8 MiB + 4 × the file's 1 MiB: the anchor and 11 copies stay below it, the 12th passes it.
    expect(error!.pointer).toBe('/x-copies/11');
    expect(error!.message).toBe(
      `OpenAPI 文档无效：wide-aliases.yaml#/x-copies/11：文档展开后超过 ${8 * 1024 * 1024 + 4 * Buffer.byteLength(text)} 个字符（源文件的 4 倍加 8 MiB），多为 YAML 别名（*锚点）反复展开了大段内容，已拒绝（第 4 行）`,
    );
  });
});
