import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesLike } from '../../../../src/lib/mock/like';

/** The old translation of a LIKE pattern into a regular expression: right on small inputs, the reference here. */
function matchesByRegex(value: string, pattern: string): boolean {
  const body = [...pattern]
    .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'isu').test(value);
}

describe('matchesLike', () => {
  it.each([
    ['Test-VM-Paused', 'Test-VM-%', true],
    ['Test-VM', 'Test-VM-%', false],
    ['Test-VM', 'test-vm', true],
    ['Test-VM', '%vm', true],
    ['Test-VM', 'T_st%', true],
    ['Test-VM', '_', false],
    ['', '%', true],
    ['', '', true],
    ['a', '', false],
    ['a.b', 'a_b', true],
    ['a.b', 'a.b', true],
    ['axb', 'a.b', false],
    ['(x)+*', '(x)+*', true],
    ['line\nbreak', 'line_break', true],
    ['aXbXc', '%b%c', true],
    ['abab', '%ab%ab', true],
    ['aba', '%ab%ab', false],
    ['中文名称', '中_名%', true],
  ])('matches %j against %j: %s', (value, pattern, expected) => {
    expect(matchesLike(value, pattern)).toBe(expected);
  });

  it('agrees with the regular expression it replaces on generated values and patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '%', '_', '.', '*', '\n');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 12 }),
        fc.string({ unit: alphabet, maxLength: 8 }),
        (value, pattern) => {
          expect(matchesLike(value, pattern)).toBe(matchesByRegex(value, pattern));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('answers a pattern of many % against a long value at once, without backtracking', () => {
    const value = 'e'.repeat(20_000);
    const pattern = '%e'.repeat(40) + '%x';
    const started = performance.now();
    expect(matchesLike(value, pattern)).toBe(false);
    expect(matchesLike(value, '%e'.repeat(40) + '%')).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
