import Ajv from 'ajv/dist/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSchemaErrors } from '../../../../src/lib/schema/validate';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A schema as makeJsonSchema makes it: a fresh object every time, for every example of every operation. */
const makeSchema = (name: string) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string' } },
});

describe('schema validation', () => {
  it('compiles two equal schemas once, and checks values against each as against the other', () => {
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    const first = makeSchema('uuidOnce');
    const second = makeSchema('uuidOnce');
    expect(getSchemaErrors(first, { uuidOnce: 'a' })).toEqual([]);
    expect(getSchemaErrors(second, {}).map((e) => e.keyword)).toEqual(['required']);
    expect(getSchemaErrors(second, { uuidOnce: 1 }).map((e) => e.instancePath)).toEqual(['/uuidOnce']);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('compiles a schema that differs', () => {
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    getSchemaErrors(makeSchema('nameA'), {});
    getSchemaErrors(makeSchema('nameB'), {});
    expect(compile).toHaveBeenCalledTimes(2);
  });
});
