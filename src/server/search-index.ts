import { join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import type { FieldNode } from '../lib/openapi/schema';
import type { OperationModel } from '../lib/openapi/operation';
import { getOperationHref } from '../lib/openapi/site';

/** Every page is Chinese; one language keeps fields, operations and guides in one index. */
const LANGUAGE = 'zh';
/**
 * Operation and guide pages are indexed as pages; the index and changelog pages
 * only list them, and an operation's page of all examples repeats its code.
 */
const PAGE_GLOB = '{api/*/index.html,guides/**/*.html}';
/** The field trees are indexed row by row (as deep links); the panel and samples are not prose. */
const EXCLUDED = ['.field-tree', '.tree-toolbar', '.try-it', '.code-sample', '.breadcrumb', '.op-badges'];
/**
 * A field of a shared schema (VmInstanceInventory.uuid …) appears in the answers
 * of many operations. Its first occurrences each get a record (so a page's own
 * field can come first); beyond this many, more deep links to the same field
 * only slow the build of a large description (a 1,000-operation one had 54,000).
 */
const MAX_RECORDS_PER_SHARED_FIELD = 20;
const SECTION_LABELS: Record<string, string> = {
  path: '路径参数',
  query: '查询参数',
  header: '请求头参数',
  body: '请求体字段',
  response: '响应字段',
};

/**
 * Builds the Pagefind index of a built site: operation and guide pages, plus
 * one record per field row whose URL is the row's deep link, so a search for a
 * field name lands on that row. It runs after `astro build` has exited
 * (scripts/build.ts), so the two never hold their memory at the same time.
 */
export async function writeSearchIndex(clientDir: string, operations: OperationModel[]): Promise<{ pages: number; fields: number }> {
  const { index, errors } = await createIndex({ rootSelector: 'main', excludeSelectors: EXCLUDED, forceLanguage: LANGUAGE });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const pages = await index.addDirectory({ path: clientDir, glob: PAGE_GLOB });
    const shared = new Map<string, number>();
    const records = operations.flatMap((op) => makeFieldRecords(op, shared));
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const written = await index.writeFiles({ outputPath: join(clientDir, 'pagefind') });
    const problems = [...pages.errors, ...added.flatMap((r) => r.errors), ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
    return { pages: pages.page_count, fields: records.length };
  } finally {
    await close();
  }
}

/**
 * One search record per field row of an operation, each pointing at the row's
 * deep link; `shared` counts the records already made for each field of a
 * shared schema, across operations.
 */
export function makeFieldRecords(op: OperationModel, shared: Map<string, number> = new Map()): CustomRecord[] {
  const roots = [
    ...op.parameters.path,
    ...op.parameters.query,
    ...op.parameters.header,
    ...(op.body?.fields ?? []),
    ...op.responses.flatMap((response) => response.fields),
  ];
  const seen = new Set<string>();
  return getRows(roots)
    .filter((row) => !seen.has(row.field.id) && seen.add(row.field.id))
    .filter((row) => {
      if (!row.schemaPath) return true;
      const count = shared.get(row.schemaPath) ?? 0;
      shared.set(row.schemaPath, count + 1);
      return count < MAX_RECORDS_PER_SHARED_FIELD;
    })
    .map(({ field }) => ({
      url: `${getOperationHref('/', op.operationId)}#${field.id}`,
      content: [field.name, field.type, field.description, field.enumValues?.join(' ') ?? ''].join('\n'),
      language: LANGUAGE,
      meta: {
        title: field.name,
        type: field.type,
        context: `${op.summary}（${op.operationId}）· ${SECTION_LABELS[field.id.split('.')[0]!] ?? ''}`,
      },
    }));
}

/** Every row below `fields`, with its path inside the nearest named schema above it (if any). */
function getRows(fields: FieldNode[], schema?: string): Array<{ field: FieldNode; schemaPath?: string }> {
  return fields.flatMap((field) => {
    const schemaPath = schema ? `${schema}.${field.name}` : undefined;
    const row = schemaPath ? { field, schemaPath } : { field };
    return [row, ...getRows(field.children, field.refName ?? schemaPath)];
  });
}
