import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type CustomRecord } from 'pagefind';
import type { FieldNode } from '../lib/openapi/schema';
import type { OperationModel } from '../lib/openapi/operation';
import { ensureSpecSet } from '../lib/openapi/site';

/** Every page is Chinese; one language keeps fields, operations and guides in one index. */
const LANGUAGE = 'zh';
/** Operation and guide pages are indexed as pages; the index and changelog pages only list them. */
const PAGE_GLOB = '{api,guides}/**/*.html';
/** The field trees are indexed row by row (as deep links); the panel and samples are not prose. */
const EXCLUDED = ['.field-tree', '.tree-toolbar', '.try-it', '.code-sample', '.breadcrumb', '.op-badges'];
const SECTION_LABELS: Record<string, string> = {
  path: '路径参数',
  query: '查询参数',
  header: '请求头参数',
  body: '请求体字段',
  response: '响应字段',
};

/**
 * Builds the Pagefind index of the static site once Astro has written it:
 * operation and guide pages, plus one record per field row whose URL is the
 * row's deep link, so a search for a field name lands on that row.
 */
export function search(): AstroIntegration {
  return {
    name: 'zstack-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { operations } = await ensureSpecSet();
        const { index, errors } = await createIndex({ rootSelector: 'main', excludeSelectors: EXCLUDED, forceLanguage: LANGUAGE });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: outDir, glob: PAGE_GLOB });
        const records = operations.flatMap(makeFieldRecords);
        const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        const problems = [...pages.errors, ...added.flatMap((r) => r.errors), ...written.errors];
        await close();
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`搜索索引：${pages.page_count} 个页面，${records.length} 个字段`);
      },
    },
  };
}

/** One search record per field row of an operation, each pointing at the row's deep link. */
export function makeFieldRecords(op: OperationModel): CustomRecord[] {
  const roots = [
    ...op.parameters.path,
    ...op.parameters.query,
    ...op.parameters.header,
    ...(op.body?.fields ?? []),
    ...op.responses.flatMap((response) => response.fields),
  ];
  const seen = new Set<string>();
  return getRows(roots)
    .filter((field) => !seen.has(field.id) && seen.add(field.id))
    .map((field) => ({
      url: `/api/${op.operationId}/#${field.id}`,
      content: [field.name, field.type, field.description, field.enumValues?.join(' ') ?? ''].join('\n'),
      language: LANGUAGE,
      meta: {
        title: field.name,
        kind: '字段',
        type: field.type,
        context: `${op.summary}（${op.operationId}）· ${SECTION_LABELS[field.id.split('.')[0]!] ?? ''}`,
        id: field.id,
      },
    }));
}

function getRows(fields: FieldNode[]): FieldNode[] {
  return fields.flatMap((field) => [field, ...getRows(field.children)]);
}
