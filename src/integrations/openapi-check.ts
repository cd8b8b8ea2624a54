import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecDir } from '../lib/openapi/load';
import { SPEC_DIR } from '../lib/openapi/site';

/**
 * Validates every OpenAPI document before Astro writes anything, so a faulty
 * description stops the build with one message (file + JSON pointer) and no
 * half-built site.
 */
export function openapiCheck(): AstroIntegration {
  return {
    name: 'zstack-openapi-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const [error, set] = await loadSpecDir(resolve(root, SPEC_DIR), root);
        if (error) {
          logger.error(error.message);
          process.exit(1);
        }
        logger.info(`已加载 ${set.specs.length} 个 OpenAPI 文档，共 ${set.operations.length} 个操作`);
      },
    },
  };
}
