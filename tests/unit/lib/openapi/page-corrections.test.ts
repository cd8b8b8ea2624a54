import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getCorrections } from '../../../../src/lib/openapi/corrections';
import { loadSpecDir } from '../../../../src/lib/openapi/load';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the corrections of an operation', () => {
  it("lists the operation's own first, each with its row where the page has one, then each corrected field once", async () => {
    const [error, set] = await loadSpecDir(`${root}openapi`, root);
    expect(error).toBeNull();
    const flatten = set!.operations.find((op) => op.operationId === 'FlattenVmInstance')!;
    const items = getCorrections(flatten);
    expect(items.slice(0, flatten.corrections.length).map((c) => c.original)).toEqual(
      flatten.corrections.map((c) => c.original),
    );
    expect(items.find((c) => c.field === 'body.systemTags')!.fieldId).toBe('body.systemTags');
    expect(items.find((c) => c.original === '同步')!.fieldId).toBeUndefined();
    const marked = items.slice(flatten.corrections.length);
    expect(marked.map((c) => c.fieldId)).toContain('body.flattenVmInstance');
    expect(new Set(marked.map((c) => `${c.field} ${c.original}`)).size).toBe(marked.length);
  }, 60_000);
});
