import { describe, expect, it } from 'vitest';
import { countFieldRows, type FieldNode } from '../../../../src/lib/openapi/schema';

function makeField(id: string, children: FieldNode[] = []): FieldNode {
  return { id, name: id, type: 'String', required: false, description: '', deprecated: false, children };
}

describe('countFieldRows', () => {
  it('counts the rows of every level under a list', () => {
    const tree = [makeField('a', [makeField('a.b', [makeField('a.b.c'), makeField('a.b.d')])]), makeField('e')];
    expect(countFieldRows(tree)).toBe(5);
  });

  it('counts nothing in an empty list', () => {
    expect(countFieldRows([])).toBe(0);
  });
});
