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
  // The one stylesheet (about 10 KB) goes inside each page: no render-blocking request before the first paint.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { plugins: [monacoCssOnDemand()] },
});
