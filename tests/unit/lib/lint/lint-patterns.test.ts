import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isBacktrackingPattern, linearRegExp } from '../../../../src/lib/schema/patterns';
import { makeLintReport } from '../../../../src/lib/lint/report';
import { loadSpecDir } from '../../../../src/lib/openapi/load';

const corpus = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));
const cleanup: string[] = [];

afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('schema patterns in the quality report', () => {
  it('checks an example against ^(a+)+$ in linear time and reports the pattern as a finding', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'patterns-'));
    cleanup.push(dir);
    await cp(join(corpus, 'backtracking-pattern.yaml'), join(dir, 'backtracking-pattern.yaml'));
    const [error, set] = await loadSpecDir(dir, dir);
    expect(error).toBeNull();
    const started = Date.now();
    const { findings } = makeLintReport(set!);
    expect(Date.now() - started).toBeLessThan(5000);
    const schema = '/paths/~1zstack~1v1~1things/get/responses/200/content/application~1json/schema';
    expect(findings.find((f) => f.rule === 'pattern-backtracking')).toEqual({
      severity: 'warning',
      rule: 'pattern-backtracking',
      message: 'pattern「^(a+)+$」在不限次数的重复中嵌套了重复，可能灾难性回溯',
      file: 'backtracking-pattern.yaml',
      pointer: `${schema}/properties/name/pattern`,
    });
    expect(findings.find((f) => f.rule === 'example-invalid')).toMatchObject({
      pointer: `${schema.replace(/\/schema$/, '')}/example/name`,
    });
  }, 30_000);

  it.each([
    ['^(a+)+$', true],
    ['(\\w+\\s?)*$', true],
    ['^(a|b+)*c$', true],
    ['^[a-z]+$', false],
    ['^\\d{1,3}(\\.\\d{1,3}){3}$', false],
    ['^[0-9a-f]{32}$', false],
    ['^(?:[a-z]+-)?[a-z]+$', false],
  ])('calls %j backtracking: %s', (pattern, expected) => {
    expect(isBacktrackingPattern(pattern)).toBe(expected);
  });

  it('runs a pattern RE2 cannot read natively, unless it could backtrack', () => {
    expect(linearRegExp('^(?=a)ab$', 'u').test('ab')).toBe(true);
    expect(linearRegExp('^(?=a)ab$', 'u').test('ac')).toBe(false);
    expect(linearRegExp('^(?=a)(a+)+\\1$', 'u').test(`${'a'.repeat(64)}!`)).toBe(true);
  });
});
