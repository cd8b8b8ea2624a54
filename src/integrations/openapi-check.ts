import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findingMessages } from '../lib/lint/messages';
import { strings } from '../lib/i18n';
import { formatBlockingFinding, formatSummary, getBlockingFindings, makeLintReport } from '../lib/lint/report';
import { loadSpecSet } from '../lib/openapi/site';

/**
 * Validates every OpenAPI document before Astro writes anything, so a faulty
 * description stops the build with one message (file + JSON pointer) and no
 * half-built site; then prints the documentation-quality summary (the whole
 * report is the /quality/ page). With `PORTAL_LINT_STRICT=1`, any error or
 * warning of that report stops the build too.
 */
export function openapiCheck(): AstroIntegration {
  return {
    name: 'zstack-openapi-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const [error, set] = await loadSpecSet(root);
        if (error) {
          logger.error(error.message);
          process.exit(1);
        }
        logger.info(strings.build.loaded(set.specs.length, set.operations.length));
        const report = makeLintReport(set);
        const blocking = getBlockingFindings(report);
        const strict = process.env['PORTAL_LINT_STRICT'] === '1';
        const [head = '', ...lines] = formatSummary(report);
        logger.info([strings.build.summaryHead(head), ...lines].join('\n'));
        if (strict && blocking.length > 0) {
          logger.error(
            [findingMessages.strictFailed(blocking.length), ...blocking.map(formatBlockingFinding)].join('\n'),
          );
          process.exit(1);
        }
      },
    },
  };
}
