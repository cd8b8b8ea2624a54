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

  it('compiles once for answers that differ only in wording and in the names of their components', () => {
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    const answer = (component: string, description: string) => ({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { inventory: { $ref: `#/$defs/${component}` } },
      $defs: {
        [component]: {
          type: 'object',
          description,
          required: ['uuidWording'],
          properties: { uuidWording: { type: 'string' } },
        },
      },
    });
    expect(getSchemaErrors(answer('StartVmEvent', '启动云主机'), { inventory: { uuidWording: 'a' } })).toEqual([]);
    const errors = getSchemaErrors(answer('StopVmEvent', '停止云主机'), { inventory: {} });
    expect(errors.map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['/inventory', 'required', { missingProperty: 'uuidWording' }],
    ]);
    expect(compile).toHaveBeenCalledTimes(1);
  });
});
