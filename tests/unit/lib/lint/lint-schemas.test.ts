import { describe, expect, it } from 'vitest';
import { getFixtureFindings } from '../../../fixtures/lint/load-fixture';

describe('unused schema rule', () => {
  it('warns about an orphan, a self-reference, an unused chain and a schema named only in an example', async () => {
    const findings = await getFixtureFindings('schema-unused', 'schema-unused');
    expect(findings.map((f) => [f.severity, f.message, f.pointer, f.link])).toEqual([
      [
        'warning',
        '结构 Orphan 在 components.schemas 之外没有被直接或间接引用',
        '/components/schemas/Orphan',
        undefined,
      ],
      [
        'warning',
        '结构 SelfOnly 在 components.schemas 之外没有被直接或间接引用',
        '/components/schemas/SelfOnly',
        undefined,
      ],
      [
        'warning',
        '结构 ChainStart 在 components.schemas 之外没有被直接或间接引用',
        '/components/schemas/ChainStart',
        undefined,
      ],
      [
        'warning',
        '结构 ChainEnd 在 components.schemas 之外没有被直接或间接引用',
        '/components/schemas/ChainEnd',
        undefined,
      ],
      [
        'warning',
        '结构 InExampleOnly 在 components.schemas 之外没有被直接或间接引用',
        '/components/schemas/InExampleOnly',
        undefined,
      ],
    ]);
  });
});
