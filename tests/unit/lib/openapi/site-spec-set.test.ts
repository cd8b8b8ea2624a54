import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ensureSpecSet, loadSpecSet } from '../../../../src/lib/openapi/site';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the documents of a build', () => {
  it('reach every instance of the site module from the one load of the build check', async () => {
    const [error, set] = await loadSpecSet(root);
    expect(error).toBeNull();
    expect(await ensureSpecSet(root)).toBe(set);
    // The pages run in Vite's module graph, not the config's: another instance of the module.
    vi.resetModules();
    const pagesInstance = await import('../../../../src/lib/openapi/site');
    expect(await pagesInstance.ensureSpecSet(root)).toBe(set);
  });
});
