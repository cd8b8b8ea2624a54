import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import type { FieldNode } from '../../../../src/lib/openapi/schema';
import { makeRequest } from '../../../../src/lib/request/model';
import { makeSamples } from '../../../../src/lib/samples';

const corpus = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));
const cleanup: string[] = [];

afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Loads one corpus entry (a file, or a folder of files) alone, with names relative to a fresh directory. */
async function loadFixture(name: string) {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
  cleanup.push(dir);
  await cp(join(corpus, name), join(dir, name), { recursive: true });
  return loadSpecDir(dir, dir);
}

const SCHEMA_200 = '/responses/200/content/application~1json/schema';
// The first node past 64 levels: 8 segments down to the schema, 28 levels of properties/inner, then its type.
const DEEP_POINTER = `/paths/~1zstack~1v1~1deep-things/get${SCHEMA_200}${'/properties/inner'.repeat(28)}/type`;

describe('the malformed-description corpus', () => {
  it.each([
    ['empty.yaml', '', '文件为空，不是 OpenAPI 文档'],
    ['latin1.yaml', '/info/title', '文件不是有效的 UTF-8 文本（第 2 行第 20 列起），请以 UTF-8 编码保存'],
    ['utf16.yaml', '', '文件是 UTF-16LE 编码，请以 UTF-8 编码保存'],
    ['nul-byte.yaml', '/info/title', '文件含有控制字符 U+0000（第 2 行第 26 列），YAML 和 JSON 都不允许'],
    [
      'yaml-syntax-error.yaml',
      '/info/title',
      'YAML 语法错误（第 3 行第 10 列）：缩进不正确：上一行的值后面不能再嵌套键',
    ],
    [
      'duplicate-keys.yaml',
      '/paths/~1zstack~1v1~1things',
      'YAML 语法错误（第 9 行第 3 列）：同一个对象中出现了重复的键',
    ],
    [
      'multiple-documents.yaml',
      '',
      'YAML 语法错误（第 4 行第 1 列）：文件包含多个 YAML 文档（---），一个文件只能有一个',
    ],
    [
      'unresolved-tag.yaml',
      '/x-payload',
      'YAML 语法错误（第 3 行第 12 列）：不支持的 YAML 标签 !!js/function，文档只能使用普通的对象、列表、字符串、数字和布尔值',
    ],
    ['alias-bomb.yaml', '', 'YAML 别名（*锚点）展开次数超过 100，疑似“billion laughs”攻击，已拒绝'],
    [
      'yaml-binary-tag.yaml',
      '/x-blob',
      'YAML 语法错误（第 3 行第 18 列）：不支持的 YAML 标签 !!binary，文档只能使用普通的对象、列表、字符串、数字和布尔值',
    ],
    [
      'yaml-timestamp-tag.yaml',
      '/x-when',
      'YAML 语法错误（第 3 行第 21 列）：不支持的 YAML 标签 !!timestamp，文档只能使用普通的对象、列表、字符串、数字和布尔值',
    ],
    [
      'yaml-set-tag.yaml',
      '/x-names',
      'YAML 语法错误（第 4 行第 3 列）：不支持的 YAML 标签 !!set，文档只能使用普通的对象、列表、字符串、数字和布尔值',
    ],
    [
      'yaml-custom-tag.yaml',
      '/paths/~1zstack~1v1~1things/get/summary',
      'YAML 语法错误（第 7 行第 16 列）：不支持的 YAML 标签 !secret，文档只能使用普通的对象、列表、字符串、数字和布尔值',
    ],
    ['json-comment.json', '', 'JSON 语法错误（第 3 行第 3 列）：JSON 不允许注释（// 或 /* */）'],
    [
      'huge-number.json',
      `/paths/~1zstack~1v1~1things/get${SCHEMA_200}/maximum`,
      '不支持的值（第 11 行第 90 列）：数字 1e400 不是有限数或超出双精度浮点数的范围，JSON 无法表示',
    ],
    ['json-array.json', '', '文档顶层必须是一个对象'],
    ['missing-openapi.yaml', '', '缺少 openapi 字段'],
    ['openapi-3.0.yaml', '/openapi', '不支持的 OpenAPI 版本 3.0.3，需要 3.1.x（第 1 行）'],
    ['deep-nesting.json', DEEP_POINTER, '结构嵌套超过 64 层（第 1 行）'],
    [
      'external-ref-file.yaml',
      `/paths/~1zstack~1v1~1things/get${SCHEMA_200}/$ref`,
      '不支持外部引用 ./schemas.yaml#/Thing，请使用文档内引用（#/…）（第 12 行）',
    ],
    [
      'external-ref-url.yaml',
      '/paths/~1zstack~1v1~1things/get/parameters/0/$ref',
      '不支持外部引用 https://attacker.example/params.yaml#/Limit，请使用文档内引用（#/…）（第 8 行）',
    ],
    [
      'broken-ref-chain.yaml',
      '/components/schemas/Second/$ref',
      '引用 #/components/schemas/Missing 无法解析（第 16 行）',
    ],
    ['circular-ref.yaml', '/components/schemas/Pong/$ref', '引用 #/components/schemas/Ping 形成了循环（第 16 行）'],
    ['missing-operation-id.yaml', '/paths/~1zstack~1v1~1things/get', '操作缺少 operationId'],
    [
      'unsafe-operation-id.yaml',
      '/paths/~1zstack~1v1~1things/get/operationId',
      'operationId「../../index」会成为页面地址，只能由字母、数字、-、_ 和 . 组成，并以字母或数字开头（第 6 行）',
    ],
    [
      'long-operation-id.yaml',
      '/paths/~1zstack~1v1~1things/get/operationId',
      'operationId 长 300 个字符，超过 200 个：它会成为页面的目录名，而文件名最长 255 字节（第 6 行）',
    ],
    [
      'sdk-action-injection.yaml',
      '/paths/~1zstack~1v1~1things/get/x-zstack-sdk-action',
      '扩展 x-zstack-sdk-action 的值无效，应为标识符（字母、数字和 _，不以数字开头，最长 128 个字符）（第 8 行）',
    ],
    [
      'path-param-missing.yaml',
      '/paths/~1zstack~1v1~1things~1{uuid}~1actions/put',
      '路径模板中的参数 {uuid} 没有对应的 path 参数定义（第 6 行）',
    ],
    ['unknown-type.yaml', `/paths/~1zstack~1v1~1things/get${SCHEMA_200}/properties/uuid/type`, '未知的类型「uuid」'],
  ])('rejects %s with one message naming the file and %j', async (name, pointer, reason) => {
    const [error, set] = await loadFixture(name);
    expect(set).toBeNull();
    expect(error!.pointer).toBe(pointer);
    expect(error!.message).toBe(`OpenAPI 文档无效：${name}#${pointer}：${reason}`);
  });

  it('rejects an operationId defined in two files of a subfolder, naming both places', async () => {
    const [error] = await loadFixture('duplicate-operation-id');
    expect(error!.message).toBe(
      'OpenAPI 文档无效：duplicate-operation-id/b.yaml#/paths/~1zstack~1v1~1things~1{uuid}/get/operationId：operationId「QueryThing」重复，已在 duplicate-operation-id/a.yaml#/paths/~1zstack~1v1~1things/get 中定义',
    );
  });

  it('resolves a relative server URL against the portal and writes every sample of the operation', async () => {
    const [error, set] = await loadFixture('relative-server.yaml');
    expect(error).toBeNull();
    const op = set!.operations[0]!;
    expect(op.server.url).toBe('http://localhost:4321');
    const samples = makeSamples(op, makeRequest(op));
    expect(samples.map((s) => s.id)).toEqual(['curl', 'java-sdk', 'python-sdk', 'cli', 'javascript', 'python', 'go']);
    expect(samples.find((s) => s.id === 'curl')!.code).toContain(
      'http://localhost:4321/zstack/v1/things/0f6b3b6c2a8d4e0f9a1b2c3d4e5f6a7b/actions',
    );
    expect(samples.find((s) => s.id === 'java-sdk')!.code).toContain('FlattenThingAction');
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const [error, set] = await loadFixture('bom.yaml');
    expect(error).toBeNull();
    expect(set!.operations.map((op) => [op.operationId, op.summary])).toEqual([['QueryBom', '查询带 BOM 的文档']]);
  });

  it('links a schema that contains itself through items and allOf instead of expanding it', async () => {
    const [error, set] = await loadFixture('recursive-schema.yaml');
    expect(error).toBeNull();
    const inventory = set!.operations[0]!.responses.find((r) => r.status === '200')!.fields[0]!;
    expect(outline(inventory)).toEqual([
      'response.inventory TreeNode',
      'response.inventory.name String',
      'response.inventory.children List<TreeNode> → response.inventory',
      'response.inventory.labelled LabelledNode',
      'response.inventory.labelled.name String',
      'response.inventory.labelled.children List<TreeNode> → response.inventory',
      'response.inventory.labelled.labelled LabelledNode → response.inventory.labelled',
      'response.inventory.labelled.label String',
    ]);
  });

  it('keeps every one of 5,000 properties as a field row', async () => {
    const [error, set] = await loadFixture('huge-properties.json');
    expect(error).toBeNull();
    const inventory = set!.operations[0]!.responses[0]!.fields[0]!;
    expect(inventory.children).toHaveLength(5000);
    expect(inventory.children.at(-1)).toMatchObject({
      id: 'response.inventory.field5000',
      type: 'String',
      description: '第 5000 个字段',
    });
  }, 30_000);

  it('keeps a 256 KiB description whole', async () => {
    const [error, set] = await loadFixture('huge-string.yaml');
    expect(error).toBeNull();
    const { description } = set!.operations[0]!;
    expect(Buffer.byteLength(description)).toBeGreaterThanOrEqual(262_144);
    expect(description.startsWith('这是一段很长的说明文字')).toBe(true);
  });
});

function outline(node: FieldNode): string[] {
  const line = `${node.id} ${node.type}${node.recursiveTo ? ` → ${node.recursiveTo}` : ''}`;
  return [line, ...node.children.flatMap(outline)];
}
