import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExample } from '../../../../src/lib/lint/example-check';
import { makeLintReport } from '../../../../src/lib/lint/report';
import type { RuleId } from '../../../../src/lib/lint/types';
import { ZStackEngine, type EngineOperation } from '../../../../src/lib/mock/engine';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { getFixtureFindings } from '../../../fixtures/lint/load-fixture';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLE_RULES: RuleId[] = ['example-invalid', 'example-undeclared', 'example-missing-field'];
const SESSION = '0123456789abcdef0123456789abcdef';

function getExampleFindings(name: string) {
  return getFixtureFindings(name, ...EXAMPLE_RULES);
}

describe('example rules', () => {
  it('reports a key that the list item schema does not declare, linked to the list row', async () => {
    expect(await getExampleFindings('example-undeclared')).toEqual([
      {
        severity: 'error',
        rule: 'example-undeclared',
        message: '示例中的字段 inventory.vmNics[0].usedIpUuid 在 Nic 中没有定义',
        file: 'example-undeclared.yaml',
        pointer: '/paths/~1vms/get/responses/200/content/application~1json/example/inventory/vmNics/0/usedIpUuid',
        link: { operationId: 'GetVm', fieldId: 'response.inventory.vmNics' },
      },
    ]);
  });

  it('reports a missing required key, a value outside the enum and a wrong type in Chinese, each at its field', async () => {
    const findings = await getExampleFindings('example-invalid');
    expect(findings.map((f) => [f.severity, f.message, f.link?.fieldId])).toEqual([
      ['error', '示例 startVm.clusterUuid 缺失（必填字段）', 'body.startVm.clusterUuid'],
      ['error', '示例 startVm.strategy 应当是预设定的枚举值之一："Fast"、"Safe"', 'body.startVm.strategy'],
      ['error', '示例 startVm.count 应当是 integer 类型', 'body.startVm.count'],
    ]);
    expect(findings[0]!.pointer).toBe(
      '/paths/~1vms~1actions/put/requestBody/content/application~1json/example/startVm/clusterUuid',
    );
  });

  it('lists an optional key absent from every item of a list once, as information', async () => {
    expect(
      (await getExampleFindings('example-missing')).map((f) => [
        f.severity,
        f.rule,
        f.message,
        f.pointer.split('/example/')[1],
        f.link?.fieldId,
      ]),
    ).toEqual([
      [
        'info',
        'example-missing-field',
        '示例缺少字段 inventories[0].size（已在 Volume 中定义）',
        'inventories/0/size',
        'response.inventories.size',
      ],
      [
        'info',
        'example-missing-field',
        '示例缺少字段 inventories[0].protocol（已在 Volume 中定义）',
        'inventories/0/protocol',
        'response.inventories.protocol',
      ],
    ]);
  });

  it('accepts any key in a free-form object and checks the values of a map', async () => {
    expect((await getExampleFindings('example-open-object')).map((f) => [f.rule, f.message, f.link?.fieldId])).toEqual([
      ['example-invalid', '示例 tags.owner 应当是 string 类型', 'response.tags'],
    ]);
  });

  it('reports a shared component response once, linking an undeclared key inside the recursion to the recursive row', async () => {
    expect((await getExampleFindings('example-recursive')).map((f) => [f.rule, f.message, f.pointer, f.link])).toEqual([
      [
        'example-undeclared',
        '示例中的字段 error.cause.retry 在 ErrorCode 中没有定义',
        '/components/responses/Failed/content/application~1json/example/error/cause/retry',
        { operationId: 'Fail', fieldId: 'response.error.cause' },
      ],
      [
        'example-missing-field',
        '示例缺少字段 error.cause.cause（已在 ErrorCode 中定义）',
        '/components/responses/Failed/content/application~1json/example/error/cause/cause',
        { operationId: 'Fail', fieldId: 'response.error.cause' },
      ],
    ]);
  });
});

describe('the project description', () => {
  let operations: EngineOperation[];
  let report: ReturnType<typeof makeLintReport>;

  beforeAll(async () => {
    const [error, set] = await loadSpecDir(`${root}openapi`, root);
    if (error) throw error;
    operations = set.operations;
    report = makeLintReport(set);
  });

  it('finds no example error: the FlattenVmInstance 200 example no longer shows the hidden usedIpUuid', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists the fields the FlattenVmInstance example leaves out, such as reservedMemorySize', () => {
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        rule: 'example-missing-field',
        message: '示例缺少字段 inventory.reservedMemorySize（已在 VmInstanceInventory 中定义）',
        link: { operationId: 'FlattenVmInstance', fieldId: 'response.inventory.reservedMemorySize' },
      }),
    );
  });

  it('passes every mock answer of FlattenVmInstance (200, 503, dryRun) through the report validator without an error', () => {
    const engine = new ZStackEngine(operations, {
      baseUrl: 'http://127.0.0.1:8080',
      seed: 'examples',
      strictSessions: false,
      jobDurationMs: 0,
      throwOnImpossibleAnswer: true,
    });
    const flatten = (uuid: string, body: unknown) => {
      const submitted = engine.handle({
        method: 'PUT',
        url: `/zstack/v1/vm-instances/${uuid}/actions`,
        headers: { authorization: `OAuth ${SESSION}` },
        body: JSON.stringify(body),
      });
      const location = new URL(JSON.parse(submitted.body).location as string).pathname;
      return [submitted, engine.handle({ method: 'GET', url: location, headers: {} })] as const;
    };
    const op = operations.find((o) => o.operationId === 'FlattenVmInstance')!;
    const schemaOf = (phase: string, status: number) =>
      op.responses.find((r) => r.phase === phase && r.status === String(status))!.schema!;
    const answers = [
      ...flatten('ce09028b684c3eb78219f5e20bddc3d5', { flattenVmInstance: { full: true, dryRun: false } }),
      ...flatten('ce09028b684c3eb78219f5e20bddc3d5', { flattenVmInstance: { dryRun: true } }),
      ...flatten('bd7c6a9e8bd54c2fae46d8bac25e79bd', { flattenVmInstance: {} }),
    ];
    expect(answers.map((a) => a.status)).toEqual([202, 200, 202, 200, 202, 503]);
    expect(JSON.parse(answers[5]!.body).error.code).toBe('SYS.1006');
    for (const [i, answer] of answers.entries()) {
      const schema = schemaOf(i % 2 === 0 ? 'submit' : 'job', answer.status);
      expect(
        checkExample(schema, JSON.parse(answer.body)).filter((p) => p.kind !== 'missing'),
        `answer ${i}: ${answer.body}`,
      ).toEqual([]);
    }
  });

  it('catches an answer that carries a key the schema lacks, so that passing means something', () => {
    const schema = operations
      .find((o) => o.operationId === 'FlattenVmInstance')!
      .responses.find((r) => r.phase === 'job' && r.status === '200')!.schema!;
    expect(
      checkExample(schema, {
        inventory: {
          uuid: 'x',
          name: 'n',
          type: 'UserVm',
          state: 'Running',
          createDate: 'd',
          lastOpDate: 'd',
          vmNics: [{ usedIpUuid: 'u' }],
        },
      }).filter((p) => p.kind === 'undeclared'),
    ).toEqual([{ kind: 'undeclared', path: ['inventory', 'vmNics', 0, 'usedIpUuid'], schemaName: 'VmNicInventory' }]);
  });
});
