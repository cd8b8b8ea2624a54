import { describe, expect, it } from 'vitest';
import { suggestOperations } from '../../../../src/lib/search/suggest';
import type { NavOperation } from '../../../../src/lib/openapi/nav';

const op = (operationId: string): NavOperation => ({ operationId, summary: operationId, method: 'GET', path: '/' });
const OPERATIONS = [
  'FlattenVmInstance',
  'StartVmInstance',
  'StopVmInstance',
  'QueryVmInstance',
  'RebootVmInstance',
  'GetVmConsoleAddress',
  'LogInByAccount',
].map(op);
const ids = (word: string) => suggestOperations(word, OPERATIONS).map((o) => o.operationId);

describe('the operations a mistyped address may have meant', () => {
  it('finds the operation whatever the letter case', () => {
    expect(ids('flattenvminstance')[0]).toBe('FlattenVmInstance');
  });

  it('finds an operation a typo or two away, nearest first', () => {
    expect(ids('FlattenVmInstanse')).toEqual(['FlattenVmInstance']);
    expect(ids('StopVmInstanse')).toEqual(['StopVmInstance']);
    // Stop is one letter from "Stap", Start two: the nearer first.
    expect(ids('StapVmInstance')).toEqual(['StopVmInstance', 'StartVmInstance']);
  });

  it('finds the operations whose id holds a part of four letters or more', () => {
    expect(ids('FlattenVm')).toEqual(['FlattenVmInstance']);
    expect(ids('VmInstance')).toHaveLength(5);
  });

  it('suggests nothing for a word near no operation, or for nothing', () => {
    expect(ids('CreateZone')).toEqual([]);
    expect(ids('abc')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});
