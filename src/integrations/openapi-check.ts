import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findingMessages } from '../lib/lint/messages';
import { strings } from '../lib/i18n';
import { formatBlockingFinding, formatSummary, getBlockingFindings, ensureLintReport } from '../lib/lint/report';
import { loadSpecSet } from '../lib/openapi/site';
import { getBuildStats } from '../lib/build-stats';
import { HIGHLIGHT_THREAD_MIN_OPERATIONS, HIGHLIGHT_THREAD_VARIABLE } from '../lib/highlight/highlight-thread';

/**
 * Validates every OpenAPI document before Astro writes anything, so a faulty
 * description stops the build with one message (file + JSON pointer) and no
 * half-built site; then prints the documentation-quality summary (the whole
 * report is the /quality/ pages, which share this one run of the lint). With
 * `PORTAL_LINT_STRICT=1`, any error or warning of that report stops the build
 * too. When the build is done, it prints how often each expensive step ran.
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
        // A large API's samples are highlighted on a thread of their own while the build renders other pages.
        if (command === 'build' && set.operations.length >= HIGHLIGHT_THREAD_MIN_OPERATIONS)
          process.env[HIGHLIGHT_THREAD_VARIABLE] ??= root;
        logger.info(strings.build.loaded(set.specs.length, set.operations.length));
        const report = ensureLintReport(set);
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
      'astro:build:done': ({ logger }) => {
        const stats = getBuildStats();
        const seconds = (ms = 0) => (ms / 1000).toFixed(1);
        logger.info(
          strings.build.stats({
            loads: stats.load?.runs ?? 0,
            loadS: seconds(stats.load?.ms),
            lints: stats.lint?.runs ?? 0,
            lintS: seconds(stats.lint?.ms),
            highlights: stats.highlight?.runs ?? 0,
            highlightS: seconds(stats.highlight?.ms),
            cached: stats['highlight-cached']?.runs ?? 0,
            fallback: stats['highlight-fallback']?.runs ?? 0,
          }),
        );
      },
    },
  };
}
