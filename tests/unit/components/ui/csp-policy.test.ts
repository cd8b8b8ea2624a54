import { describe, expect, it } from 'vitest';
import { PAGE_HEADER_POLICY, PAGE_POLICY } from '../../../../src/components/ui/csp-policy';

function getScriptSources(policy: string): string[] {
  const directive = policy.split('; ').find((d) => d.startsWith('script-src '));
  return directive?.split(' ').slice(1) ?? [];
}

describe("the pages' Content Security Policy", () => {
  it.each([
    ['<meta>', PAGE_POLICY],
    ['header', PAGE_HEADER_POLICY],
  ])("lets no script of the %s policy eval, and Pagefind's WebAssembly run", (_, policy) => {
    const sources = getScriptSources(policy);
    expect(sources.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(sources).not.toContain("'unsafe-eval'");
  });
});
