import { getInlineScriptSources } from './inline-scripts';

/**
 * The pages' Content Security Policy: in each page as a <meta> (src/components/ui/Csp.astro,
 * so that it holds on any static host), and as a header from the portal's server
 * (src/server/serve.ts) for every answer, 404 included, with what only a header can say.
 *
 * - no 'unsafe-eval': nothing in a page compiles code at run time. The 在线调试 panel validates
 *   bodies and mock answers with ajv validators compiled at build time (src/lib/schema/standalone.ts,
 *   served as /validators/<key>.js, module files allowed by 'self'), and Monaco's ESM build and its
 *   workers need no eval. tests/browser/csp.test.ts proves a panel session runs without violations.
 * - 'wasm-unsafe-eval': Pagefind's search index runs as WebAssembly.
 * - the hashes of the portal's own inline scripts (src/components/ui/inline-scripts.ts), and no others.
 * - style-src 'unsafe-inline': Monaco writes <style> elements and style
 *   attributes at run time, Shiki colours code with style attributes, and the site's
 *   stylesheet is a <style> in every page's head (astro.config.mjs: no stylesheet to wait for
 *   before the first paint). Nothing from a description reaches a <style> or a style attribute.
 * Monaco's workers are module files under /_astro (worker-src 'self').
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...getInlineScriptSources()].join(' '),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** A <meta> policy ignores frame-ancestors: no page of the portal is framed, by anyone. */
export const PAGE_HEADER_POLICY = `${PAGE_POLICY}; frame-ancestors 'none'`;

/** Answers that are not pages (the proxy's JSON) load nothing and may be framed by nobody. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
