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
  // The site's stylesheet is in every page's <head>, not a file of its own: a separate file blocks the first paint
  // until it arrives, which cost a first visit by a deep link 20-50 ms of its First Contentful Paint (issue 12,
  // docs/benchmark.md). It is about 4 KB of each page brotli-compressed; the panel's and the search dialog's styles
  // still come with their scripts.
  // Four pages at a time: while one waits for its samples' highlighting (a thread of its own,
  // src/lib/highlight/highlight-thread.ts), the others are rendered.
  build: { inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  vite: { plugins: [monacoCssOnDemand()], build: { cssCodeSplit: false } },
});
