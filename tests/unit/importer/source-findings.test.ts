import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCheckout } from '../../../src/importer/import-checkout';
import { makeLintReport } from '../../../src/lib/lint/report';
import { loadSpecDir } from '../../../src/lib/openapi/load';
import { getGenerated, importFixture, makeFixtureCheckout } from './fixture-tree';
import { ZStackEngine, type EngineAnswer, type EngineOperation } from '../../../src/lib/mock/engine';
import { makeRequest } from '../../../src/lib/request/model';

const TEMPLATE = 'plugin/thing/src/main/java/org/zstack/thing/APIRenameThingMsgDoc_zh_cn.groovy';
const FIXTURES = [
  'action',
  'query',
  'delete-query-string',
  'sync-put',
  'shared-path',
  'recursive-inventory',
  'disagreements',
];

describe('disagreements between the sources', () => {
  const result = importFixture('disagreements');
  const findings = getGenerated(result, 'RenameThing').operation['x-zstack-source-findings'] as Array<
    Record<string, unknown>
  >;
  const byRule = (rule: string) => findings.filter((f) => f['rule'] === rule);

  it('reports a DELETE parameter the template puts in the body, where RestServer reads the query string', () => {
    const deletion = getGenerated(importFixture('delete-query-string'), 'DeleteThing').operation[
      'x-zstack-source-findings'
    ];
    expect(deletion).toEqual([
      {
        rule: 'location-mismatch',
        message: '模板把参数 deleteMode 的位置写作 body，按 Java 声明它在 query 中传递',
        file: 'header/src/main/java/org/zstack/header/thing/APIDeleteThingMsgDoc_zh_cn.groovy',
        line: 31,
        field: 'deleteMode',
      },
    ]);
  });

  it('reports a literal "null" description, and leaves the description out', () => {
    expect(byRule('description-empty')).toEqual([
      {
        rule: 'description-empty',
        message: '参数 newName 的模板描述是字面量「null」',
        file: TEMPLATE,
        line: 27,
        field: 'newName',
      },
    ]);
    const request = (getGenerated(result, 'RenameThing').doc['components'] as { schemas: Record<string, any> }).schemas[
      'RenameThingRequest'
    ];
    expect(request.properties.renameThing.properties.newName).toEqual({ type: 'string', 'x-zstack-since': '4.0.0' });
  });

  it('reports a column without since', () => {
    expect(byRule('since-missing')).toEqual([
      {
        rule: 'since-missing',
        message: '参数 reason 的模板没有写起始版本（since）',
        file: TEMPLATE,
        line: 36,
        field: 'reason',
      },
    ]);
  });

  it('reports a template type that the Java declaration contradicts, and keeps the Java type', () => {
    expect(byRule('type-mismatch')).toEqual([
      {
        rule: 'type-mismatch',
        message: '模板把参数 count 的类型写作 String，Java 声明为 int',
        file: TEMPLATE,
        line: 44,
        field: 'count',
      },
    ]);
  });

  it('reports a template column with no Java field, and a Java field with no column, at their own files', () => {
    expect([...byRule('field-not-in-java'), ...byRule('field-not-in-template')]).toEqual([
      {
        rule: 'field-not-in-java',
        message: '模板列出的参数 ghost 在 Java 类中不存在（或被 @APINoSee 隐藏），已忽略',
        file: TEMPLATE,
        line: 53,
        field: 'ghost',
      },
      {
        rule: 'field-not-in-template',
        message: 'Java 类的参数 force 在模板中没有说明',
        file: 'plugin/thing/src/main/java/org/zstack/thing/APIRenameThingMsg.java',
        line: 19,
        field: 'force',
      },
    ]);
  });

  it('reports a template URL that differs from @RestRequest', () => {
    expect(byRule('url-mismatch')).toEqual([
      {
        rule: 'url-mismatch',
        message:
          '模板的 URL「PUT /v1/thing/{uuid}/actions」与 @RestRequest 声明的「PUT /v1/things/{uuid}/actions」不一致',
        file: TEMPLATE,
        line: 12,
      },
    ]);
  });

  it('reports a response field of the template (success) that the REST JSON does not carry', () => {
    expect(byRule('response-field-not-in-json')).toEqual([
      {
        rule: 'response-field-not-in-json',
        message: '模板列出的返回字段 success 不在 REST 响应的 JSON 中（按 @RestResponse）',
        file: 'plugin/thing/src/main/java/org/zstack/thing/APIRenameThingEventDoc_zh_cn.groovy',
        line: 7,
        field: 'success',
      },
    ]);
  });

  it('reports an API without a doc template', () => {
    expect(getGenerated(result, 'PingThing').operation['x-zstack-source-findings']).toEqual([
      {
        rule: 'template-missing',
        message: '没有找到该接口的文档模板（*Doc_zh_cn.groovy）',
        file: 'plugin/thing/src/main/java/org/zstack/thing/APIPingThingMsg.java',
        line: 8,
      },
    ]);
  });

  it('lists a class it cannot import as skipped with the reason, and an unknown category as a warning', () => {
    expect([result.found, result.skipped, result.warnings]).toEqual([
      3,
      [
        {
          className: 'APIBrokenThingMsg',
          file: 'plugin/thing/src/main/java/org/zstack/thing/APIBrokenThingMsg.java',
          reason: '@RestRequest 的 path 不是字符串常量',
        },
      ],
      [
        'PingThing：分类代码 （无） 不在对照表中，归入“其他接口 / 未分类”',
        'RenameThing：分类代码 brandNewCategory 不在对照表中，归入“其他接口 / 未分类（brandNewCategory）”',
      ],
    ]);
  });
});

describe('generated documents in the portal', () => {
  it("load with the portal's loader, and the quality report lists each finding with its source file and line", async () => {
    const root = makeFixtureCheckout(...FIXTURES);
    const out = mkdtempSync(join(tmpdir(), 'zstack-generated-'));
    try {
      const result = importCheckout(root);
      for (const { fileName, doc } of result.documents)
        writeFileSync(join(out, fileName), stringify(doc, { aliasDuplicateObjects: false }));
      const [error, set] = await loadSpecDir(out, out);
      expect(error).toBeNull();
      expect(set!.operations.map((o) => o.operationId).sort()).toEqual(
        [
          'DeleteThing',
          'FlattenThing',
          'GetThingTree',
          'PingThing',
          'QueryCephThing',
          'QueryCephThingByUuid',
          'QueryThing',
          'QueryThingByUuid',
          'RenameThing',
          'StartThing',
          'StopThing',
          'UpdateThing',
        ].sort(),
      );
      const flatten = set!.operations.find((o) => o.operationId === 'FlattenThing')!;
      expect([flatten.body?.actionKey, flatten.isAsync, flatten.since]).toEqual(['flattenThing', true, '4.7.0']);
      // A Java Map<String, Long> is labelled so, not LinkedHashMap (which stays for a map of untyped values).
      const limits = flatten.body!.fields[0]!.children.find((f) => f.name === 'limits')!;
      expect(limits.type).toBe('Map<String, Long>');
      const report = makeLintReport(set!);
      const source = report.findings.filter((f) => f.rule === 'source-disagreement');
      expect(source).toContainEqual({
        severity: 'info',
        rule: 'source-disagreement',
        message:
          'header/src/main/java/org/zstack/header/thing/APIDeleteThingMsgDoc_zh_cn.groovy:31：模板把参数 deleteMode 的位置写作 body，按 Java 声明它在 query 中传递',
        file: 'volume.yaml',
        pointer: '/paths/~1zstack~1v1~1things~1{uuid}/delete/x-zstack-source-findings/0',
        link: { operationId: 'DeleteThing' },
      });
      expect(report.findings.filter((f) => f.rule === 'schema-unused')).toEqual([]);
      // UpdateThing's __example__() leaves out its optional fields, as ZStack's examples do: no hint for each.
      expect(report.findings.filter((f) => f.rule === 'example-missing-field')).toEqual([]);

      // 在线调试 in mock mode: every operation's sample, sent as the page writes it, is answered as a success.
      const failures = set!.operations.flatMap((op) => {
        const answer = sendSample(op, set!.operations);
        return answer.status === 200 ? [] : [`${op.operationId}: ${answer.status} ${answer.body}`];
      });
      expect(failures).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

/** An operation's sample request, as the page shows it, sent to a fresh browser mock; an asynchronous one's job polled once it has run. */
function sendSample(op: EngineOperation, operations: EngineOperation[]): EngineAnswer {
  let now = Date.parse('2026-12-01T08:00:00Z');
  const engine = new ZStackEngine(operations, { baseUrl: 'http://127.0.0.1:8080', now: () => now, seed: 'examples' });
  const request = makeRequest(op, { session: '0123456789abcdef0123456789abcdef' });
  const url = new URL(request.url);
  const headers = Object.fromEntries(request.headers.map(([name, value]) => [name.toLowerCase(), value]));
  const body = request.body === undefined ? {} : { body: request.body };
  const answer = engine.handle({ method: request.method, url: url.pathname + url.search, headers, ...body });
  if (answer.status !== 202) return answer;
  now += 5_000;
  return engine.handle({
    method: 'GET',
    url: new URL((JSON.parse(answer.body) as { location: string }).location).pathname,
    headers: {},
  });
}
