// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * One linter, run by `npm test` beside Prettier: ESLint's and typescript-eslint's
 * recommended rules on the TypeScript and JavaScript files (`.astro` files are
 * type-checked by `astro check`), with the few exceptions below, each for a reason.
 */
export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.test-dist*/', 'bench/.out/', 'bench/node_modules/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (`const { log: _log, ...rest } = build`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // YAML forbids C0 control characters in a document: this reader looks for them on purpose.
    files: ['src/lib/openapi/read-yaml.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests reach into examples and answers whose shape the test itself asserts.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
