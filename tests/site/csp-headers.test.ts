import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuiltText } from '../support/built-files';
import { getInlineScriptSources, THEME_SCRIPT } from '../../src/components/ui/inline-scripts';
import { startSite, type RunningSite } from '../support/server';

let site: RunningSite;

beforeAll(async () => {
  site = await startSite(inject('siteDir'));
});

afterAll(() => site?.close());

/** The policy of a page's <meta>, unescaped. */
function getMetaPolicy(html: string): string {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return content.replaceAll('&#39;', "'").replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

describe('the policy of the served pages', () => {
  it.each(['/api/FlattenVmInstance/', '/', '/no-such-page/'])(
    'sends %s with a policy header forbidding frames, and X-Frame-Options DENY',
    async (path) => {
      const response = await fetch(site.url + path);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors 'none'$/);
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src '(self|none)'/);
    },
  );

  it("sends a page's header policy as its <meta> policy plus frame-ancestors", async () => {
    const response = await fetch(`${site.url}/api/FlattenVmInstance/`);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toBe(`${getMetaPolicy(html)}; frame-ancestors 'none'`);
  });

  it("lets no script eval, in the header or the <meta>, and lets Pagefind's WebAssembly run", async () => {
    const response = await fetch(`${site.url}/api/FlattenVmInstance/`);
    for (const policy of [response.headers.get('content-security-policy')!, getMetaPolicy(await response.text())]) {
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
      expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(scriptSrc).not.toContain("'unsafe-eval'");
    }
  });

  it("allows only the portal's own inline script, whose text is the theme script", async () => {
    const html = await readBuiltText(`${inject('siteDir')}/client/api/FlattenVmInstance/index.html`);
    const hashes = getMetaPolicy(html).match(/'sha256-[^']+'/g);
    expect(hashes).toEqual(getInlineScriptSources());
    expect(html).toContain(`<script>${THEME_SCRIPT}</script>`);
  });
});
