import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g;

/** The folders of src/lib each file under `folder` imports, other than its own. */
function getImportedFolders(folder: string): Array<[string, string]> {
  const dir = join(LIB, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const file = join(dir, name);
      return [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((m) => m[1]!)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier): [string, string] => [
          relative(LIB, file),
          relative(LIB, resolve(dirname(file), specifier)).split(/[\\/]/)[0]!,
        ]);
    })
    .filter(([, target]) => target !== folder);
}

describe('the folders of src/lib', () => {
  it('keep mock, request and lint apart: none of them imports another', () => {
    const crossings = ['mock', 'request', 'lint'].flatMap((folder) =>
      getImportedFolders(folder).filter(([, target]) => ['mock', 'request', 'lint'].includes(target)),
    );
    expect(crossings).toEqual([]);
  });

  it('keep the schema toolkit free of every other folder', () => {
    expect(getImportedFolders('schema')).toEqual([]);
  });

  it('find the imports the check relies on', () => {
    expect(getImportedFolders('mock')).toContainEqual(['mock/results.ts', 'schema']);
  });
});
