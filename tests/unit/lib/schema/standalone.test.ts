import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSchema } from '../../../../src/lib/schema/compile';
import { compileSchema as compileInBrowser } from '../../../../src/lib/schema/compile-browser';
import { ensureCompiledValidators, type ValidatorModule } from '../../../../src/lib/schema/compiled-validators';
import type { JsonSchema } from '../../../../src/lib/schema/json-schema';
import { getValidatorKey } from '../../../../src/lib/schema/schema-key';
import { getValidationSchema } from '../../../../src/lib/schema/validation-schema';
import { getStandaloneValidator } from '../../../../src/lib/schema/standalone';
import { getSchemaErrors } from '../../../../src/lib/schema/validate';

const SCHEMAS: Array<{ name: string; schema: JsonSchema; values: unknown[] }> = [
  {
    name: 'a pattern, a length counted in code points, a format left unchecked',
    schema: { type: 'string', pattern: '^[a-z]+-\\d{2}$', maxLength: 5, format: 'uuid' },
    values: ['ab-12', 'ab-1', 'abc-12', 'AB-12', '😀😀-12', 7],
  },
  {
    name: '$refs into $defs, nested and recursive, with descriptions and an unused $def',
    schema: {
      $ref: '#/$defs/Node',
      $defs: {
        Unused: { type: 'null' },
        Node: {
          type: 'object',
          description: 'A node of the tree.',
          'x-zstack-note': 'an extension',
          required: ['name'],
          properties: {
            name: { $ref: '#/$defs/Name', description: 'Its name.', examples: ['root'] },
            description: { type: 'string' },
            children: { type: 'array', items: { $ref: '#/$defs/Node' } },
          },
          additionalProperties: false,
        },
        Name: { type: 'string', minLength: 1 },
      },
    },
    values: [
      { name: 'root', children: [{ name: 'leaf' }] },
      { name: '', description: 4, children: [{ nam: 'leaf' }, { name: 3 }] },
      { children: 'none' },
      null,
    ],
  },
  {
    name: 'oneOf, anyOf, allOf, if/then, const and an enum of objects',
    schema: {
      type: 'object',
      properties: {
        size: {
          oneOf: [
            { type: 'integer', minimum: 0 },
            { type: 'string', enum: ['small', 'large'] },
          ],
        },
        mode: { anyOf: [{ const: 'fast' }, { const: 'safe' }] },
        target: { enum: [{ kind: 'host' }, { kind: 'cluster' }] },
        tags: { type: 'array', uniqueItems: true, items: { type: 'string' } },
      },
      allOf: [{ if: { required: ['mode'] }, then: { required: ['size'] } }],
    },
    values: [
      { size: 3, mode: 'fast', target: { kind: 'host' }, tags: ['a', 'b'] },
      { size: 'medium', mode: 'slow', target: { kind: 'zone' }, tags: ['a', 'a'] },
      { size: -1.5 },
      { mode: 'safe' },
    ],
  },
  {
    name: 'strings from a description that look like code',
    schema: {
      type: 'object',
      properties: {
        tag: { enum: ['require("fs")', '*/ eval("1") /*', '</script>', 'linearRegExp'] },
        quoted: { type: 'string', pattern: '^"[^"]*"$' },
      },
    },
    values: [
      { tag: 'require("fs")', quoted: '"a"' },
      { tag: 'require', quoted: 'a' },
    ],
  },
  {
    name: 'a pattern that backtracks catastrophically elsewhere',
    schema: { type: 'string', pattern: '^(a+)+$' },
    values: [`${'a'.repeat(50_000)}!`, 'aaaa'],
  },
];

let folder: string;

/** Imports a module getStandaloneValidator wrote, from a file, as the browser imports it from the site. */
async function loadWritten(schema: JsonSchema) {
  const file = join(folder, `${await getValidatorKey(schema)}.js`);
  await writeFile(file, getStandaloneValidator(schema));
  return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as ValidatorModule).default;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'validators-'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('getStandaloneValidator', () => {
  it.each(SCHEMAS)('writes a validator that gives the runtime compiler’s errors: $name', async ({ schema, values }) => {
    const makeValidator = await loadWritten(schema);
    const ensured = structuredClone(schema);
    await ensureCompiledValidators([ensured], '/site/', async (url) => {
      expect(url).toBe(`/site/validators/${await getValidatorKey(schema)}.js`);
      return { default: makeValidator };
    });
    const runtime = compileSchema(schema);
    for (const value of values) {
      runtime(value);
      // schemaPath names the $defs, which the compiled validator renames (getValidationSchema).
      const expected = (runtime.errors ?? []).map((e) => ({ ...e, schemaPath: expect.any(String) }));
      expect(getSchemaErrors(ensured, value)).toEqual(expected);
    }
    expect(values.some((value) => getSchemaErrors(ensured, value).length > 0)).toBe(true);
  });

  it('checks patterns in linear time, with RE2', async () => {
    const validate = (await loadWritten({ type: 'string', pattern: '^(a+)+$' }))({
      linearRegExp: (await import('../../../../src/lib/schema/patterns')).linearRegExp,
      equal: () => false,
      ucs2length: (s: string) => s.length,
      uri: {},
    });
    const started = performance.now();
    expect(validate(`${'a'.repeat(50_000)}!`)).toBe(false);
    expect(validate('aaaa')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('writes a module that needs no eval and imports nothing', () => {
    const code = getStandaloneValidator(SCHEMAS[2]!.schema);
    expect(code).toMatch(/^export default function \(runtime\) \{/);
    expect(code).not.toMatch(/\brequire\(|\bimport\b|new Function|\beval\(/);
  });

  it('writes a validator that throws ajv’s error for a schema ajv cannot compile', async () => {
    const schema = { $ref: '#/$defs/Missing' };
    const validate = (await loadWritten(schema))({} as never);
    expect(() => validate({})).toThrow(/can't resolve reference #\/\$defs\/Missing/);
    expect(() => compileSchema(schema)).toThrow(/can't resolve reference #\/\$defs\/Missing/);
  });
});

describe('ensureCompiledValidators', () => {
  it('loads a validator once for schemas that validate alike', async () => {
    const loaded: string[] = [];
    const makeValidator = await loadWritten({ type: 'integer', minimum: 1 });
    const first = { type: 'integer', minimum: 1 };
    const second = { type: 'integer', description: '数量', minimum: 1 };
    await ensureCompiledValidators([first, second, first], '/', async (url) => {
      loaded.push(url);
      return { default: makeValidator };
    });
    expect(loaded).toEqual([`/validators/${await getValidatorKey(first)}.js`]);
    expect(getSchemaErrors(second, 0).map((e) => e.keyword)).toEqual(['minimum']);
  });

  it('gives different keys to different schemas', async () => {
    expect(await getValidatorKey({ type: 'integer', minimum: 1 })).not.toBe(
      await getValidatorKey({ type: 'integer', minimum: 2 }),
    );
    expect(await getValidatorKey({ type: 'integer' })).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("the browser's compiler", () => {
  it('refuses to compile, naming the call that was missed', () => {
    expect(() => compileInBrowser({ title: 'VmInstanceInventory', type: 'object' })).toThrow(
      'No compiled validator was loaded for this schema (VmInstanceInventory): call ensureCompiledValidators first.',
    );
  });
});

describe('getValidationSchema', () => {
  const event = (name: string, wording: string): JsonSchema => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $ref: `#/$defs/${name}Event`,
    $defs: {
      [`${name}Event`]: {
        type: 'object',
        description: wording,
        properties: { inventory: { $ref: '#/$defs/VmInstanceInventory' }, description: { type: 'string' } },
      },
      VmInstanceInventory: {
        type: 'object',
        title: '云主机',
        required: ['uuid'],
        properties: { uuid: { type: 'string' } },
      },
    },
  });

  it('keeps what validates and renames the $defs in the order they are first referred to', () => {
    expect(getValidationSchema(event('StartVmInstance', '启动云主机的结果。'))).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $ref: '#/$defs/d0',
      $defs: {
        d0: { type: 'object', properties: { inventory: { $ref: '#/$defs/d1' }, description: { type: 'string' } } },
        d1: { type: 'object', required: ['uuid'], properties: { uuid: { type: 'string' } } },
      },
    });
  });

  it('gives answers that differ only in wording and names one validator, and different checks different ones', async () => {
    const start = await getValidatorKey(event('StartVmInstance', '启动云主机的结果。'));
    expect(await getValidatorKey(event('StopVmInstance', '停止云主机的结果。'))).toBe(start);
    const stricter = event('StopVmInstance', '');
    (stricter['$defs'] as Record<string, JsonSchema>)['StopVmInstanceEvent']!['required'] = ['inventory'];
    expect(await getValidatorKey(stricter)).not.toBe(start);
  });
});
