// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { openapiCheck } from './src/integrations/openapi-check.ts';
import { monacoCssOnDemand } from './src/integrations/monaco-css.ts';
import { portalServer } from './src/integrations/portal-server.ts';

export default defineConfig({
  site: process.env.PORTAL_SITE ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  integrations: [openapiCheck(), mdx(), portalServer()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  // One stylesheet for every page, named by its content (/_astro/<name>.<hash>.css, served as immutable): a page
  // carries a link to it instead of its 14 KB, and the browser fetches it once for the whole site.
  // Four pages at a time: while one waits for its samples' highlighting (a thread of its own,
  // src/lib/highlight/highlight-thread.ts), the others are rendered.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  vite: { plugins: [monacoCssOnDemand()], build: { cssCodeSplit: false } },
});
