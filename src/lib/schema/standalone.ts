import standaloneCode from 'ajv/dist/standalone';
import { makeAjv } from './compile';
import type { JsonSchema } from './json-schema';
import { getValidationSchema } from './validation-schema';

/** ajv's runtime helpers a standalone validator may call (ajv/dist/runtime/<name>), supplied by the loader. */
export const RUNTIME_HELPERS = ['equal', 'ucs2length', 'uri'] as const;

const ajv = makeAjv({ source: true, esm: true });
const HEADER = /^"use strict";export const validate = (\w+);export default \1;/;
const RUNTIME_REQUIRE = /require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g;

/**
 * A schema's validator (of the part getValidationSchema keeps) as an ES module the browser can
 * import without eval: ajv's standalone code, wrapped in a factory that takes its few runtime
 * dependencies (the RE2 `linearRegExp`, ajv's `equal`, `ucs2length`, `uri`) from the page's own
 * bundle instead of bare `require`s the browser cannot resolve:
 * `export default function (runtime) { …; return validate; }`.
 * A schema ajv cannot compile gives a validator that throws ajv's error when called, as the
 * runtime compiler would.
 */
export function getStandaloneValidator(schema: JsonSchema): string {
  let source: string;
  try {
    source = standaloneCode(ajv, ajv.compile(getValidationSchema(schema)));
  } catch (error) {
    const message = JSON.stringify(error instanceof Error ? error.message : String(error));
    return `export default function () {\n  return () => {\n    throw new Error(${message});\n  };\n}\n`;
  } finally {
    // Each module stands alone: a cached schema would be referenced, not written, in the next one.
    ajv.removeSchema();
  }
  const header = HEADER.exec(source);
  if (!header) throw new Error('ajv standalone code starts differently than expected');
  const body = source.slice(header[0].length).replace(RUNTIME_REQUIRE, (_, name: string) => {
    if (!(RUNTIME_HELPERS as readonly string[]).includes(name))
      throw new Error(`ajv runtime helper ${name} is not supplied`);
    return `runtime.${name}`;
  });
  // A description's strings sit in the code as JSON, their quotes escaped: only code matches.
  if (/\brequire\("/.test(body)) throw new Error('ajv standalone code requires a module the browser cannot load');
  return `export default function (runtime) {const linearRegExp = runtime.linearRegExp;${body}return ${header[1]};}\n`;
}
