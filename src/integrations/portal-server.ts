import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { strings } from '../lib/i18n';

/**
 * Bundles the portal's server (src/server/serve.ts: the adapter's handler
 * behind compression) into the build's server directory as portal.mjs, beside
 * the adapter's entry.mjs that it loads. Packages stay imports of node_modules,
 * as in the adapter's own bundle.
 */
export function portalServer(): AstroIntegration {
  let serverDir: URL | undefined;
  let root: URL | undefined;
  return {
    name: 'zstack-portal-server',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = config.build.server;
        root = config.root;
      },
      'astro:build:done': async ({ logger }) => {
        if (serverDir === undefined || root === undefined) return;
        const outfile = fileURLToPath(new URL('portal.mjs', serverDir));
        await build({
          entryPoints: [fileURLToPath(new URL('src/server/serve.ts', root))],
          outfile,
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node22',
          packages: 'external',
          logLevel: 'warning',
        });
        logger.info(strings.server.build.portalServer);
      },
    },
  };
}
