import { describe, expect, it } from 'vitest';
import { getByPointer, getFragmentPointer, getPointer, getSegments } from '../../../../src/lib/schema/pointer';
import { followRefs, getByRef } from '../../../../src/lib/schema/refs';

const doc = {
  paths: { '/rate/100%': { get: { tags: ['a', 'b'] } } },
  components: {
    schemas: { 'A B': { type: 'object' }, 'x~y': { type: 'string' }, Alias: { $ref: '#/components/schemas/A%20B' } },
  },
};

describe('JSON pointers', () => {
  it('escapes ~ and / in the reference tokens and reads them back', () => {
    const segments = ['paths', '/rate/100%', 'x~1y', '~'];
    expect(getPointer(segments)).toBe('/paths/~1rate~1100%/x~01y/~0');
    expect(getSegments(getPointer(segments))).toEqual(segments);
  });

  it('takes a percent sign in a plain pointer literally', () => {
    expect(getByPointer(doc, '/paths/~1rate~1100%/get/tags/1')).toBe('b');
  });

  it('answers undefined for a node that is not there', () => {
    expect(getByPointer(doc, '/paths/~1nope')).toBeUndefined();
    expect(getByPointer(doc, '/paths/~1rate~1100%/get/tags/9')).toBeUndefined();
  });

  it('percent-decodes the fragment of a reference, and only there', () => {
    expect(getFragmentPointer('#/components/schemas/A%20B')).toBe('/components/schemas/A B');
    expect(getByRef(doc, '#/components/schemas/A%20B')).toEqual({ type: 'object' });
    expect(getByRef(doc, '#/components/schemas/x~0y')).toEqual({ type: 'string' });
  });

  it('answers undefined for a reference that is not local or not well encoded', () => {
    expect(getFragmentPointer('other.yaml#/a')).toBeUndefined();
    expect(getByRef(doc, '#/paths/~1rate~1100%')).toBeUndefined();
  });

  it('follows a chain of references and reports the decoded pointer of its end', () => {
    expect(followRefs(doc, { $ref: '#/components/schemas/Alias' }, '/x')).toEqual({
      value: { type: 'object' },
      pointer: '/components/schemas/A B',
      refs: ['#/components/schemas/Alias', '#/components/schemas/A%20B'],
    });
  });

  it('names the broken reference and the node that holds it', () => {
    expect(followRefs(doc, { $ref: '#/components/schemas/Nope' }, '/x')).toEqual({
      value: { $ref: '#/components/schemas/Nope' },
      pointer: '/x',
      refs: [],
      broken: '#/components/schemas/Nope',
    });
  });
});
