import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { parseSpec } from '../../../../src/lib/openapi/parse';
import { readFile } from 'node:fs/promises';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

async function parseFixture(name: string) {
  const [error] = await parseSpec(`invalid/${name}`, await readFile(join(fixtures, 'invalid', name)));
  return error;
}

describe('parseSpec', () => {
  it.each([
    ['empty.yaml', '', '文件为空'],
    ['not-utf8.yaml', '', '文件是 UTF-16LE 编码，请以 UTF-8 编码保存'],
    ['yaml-syntax.yaml', '/paths', 'YAML 语法错误（第 3 行第 1 列）：{…} 或 […] 没有闭合，或其中的内容缩进不足'],
    ['missing-openapi.yaml', '', '缺少 openapi 字段'],
    ['old-version.yaml', '/openapi', '不支持的 OpenAPI 版本 3.0.3'],
    ['wrong-type.yaml', '/paths/~1a/get/responses/200/description', '不符合 OpenAPI 3.1 规范'],
    [
      'broken-ref.yaml',
      '/paths/~1a/get/responses/200/content/application~1json/schema/$ref',
      '引用 #/components/schemas/Nope 无法解析',
    ],
    ['ref-cycle.yaml', '/components/schemas/', '形成了循环'],
    ['path-param-missing.yaml', '/paths/~1a~1{id}/get', '{id} 没有对应的 path 参数定义'],
    ['percent-path.yaml', '/paths/~1rate~1100%/get/responses/200/description', '不符合 OpenAPI 3.1 规范'],
    [
      'percent-ref.yaml',
      '/paths/~1a/get/responses/200/content/application~1json/schema/$ref',
      '引用 #/components/schemas/100% 无法解析',
    ],
  ])('rejects %s with the file, the JSON pointer and a Chinese reason', async (name, pointer, reason) => {
    const error = await parseFixture(name);
    expect(error).not.toBeNull();
    expect(error!.file).toBe(`invalid/${name}`);
    expect(error!.pointer.startsWith(pointer)).toBe(true);
    if (pointer === '') expect(error!.pointer).toBe('');
    expect(error!.message).toContain(`OpenAPI 文档无效：invalid/${name}#${error!.pointer}`);
    expect(error!.message).toContain(reason);
  });

  it('names the line of the fault where the document has one', async () => {
    const error = await parseFixture('wrong-type.yaml');
    expect(error!.message).toMatch(/（第 8 行）$/);
  });

  it('names the line of a fault under a path key that holds a percent sign', async () => {
    const error = await parseFixture('percent-path.yaml');
    expect(error!.message).toMatch(/（第 8 行）$/);
  });
});

describe('loadSpecDir', () => {
  it('loads every document under the directory and builds one model per operation', async () => {
    const [error, set] = await loadSpecDir(join(fixtures, 'valid'), fixtures);
    expect(error).toBeNull();
    expect(set!.operations.map((op) => [op.operationId, op.file, op.method, op.path])).toEqual([
      ['PokeThing', 'valid/mini.yaml', 'PUT', '/zstack/v1/things/{uuid}/actions'],
    ]);
  });

  it('reports an unknown schema type with its pointer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    await cp(join(fixtures, 'invalid', 'unknown-type.yaml'), join(dir, 'a.yaml'));
    const [error] = await loadSpecDir(dir, dir);
    expect(error!.message).toBe(
      'OpenAPI 文档无效：a.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/properties/x/type：未知的类型「strnig」',
    );
  });

  it('rejects an operationId used twice across documents, naming both places', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    await cp(join(fixtures, 'valid', 'mini.yaml'), join(dir, 'a.yaml'));
    await cp(join(fixtures, 'valid', 'mini.yaml'), join(dir, 'b.yaml'));
    const [error] = await loadSpecDir(dir, dir);
    expect(error!.message).toBe(
      'OpenAPI 文档无效：b.yaml#/paths/~1zstack~1v1~1things~1{uuid}~1actions/put/operationId：operationId「PokeThing」重复，已在 a.yaml#/paths/~1zstack~1v1~1things~1{uuid}~1actions/put 中定义',
    );
  });

  it('says so when the directory holds no document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    await writeFile(join(dir, 'README.txt'), 'nothing');
    const [error] = await loadSpecDir(dir, dir);
    expect(error!.message).toContain('中没有 OpenAPI 文档');
  });
});
