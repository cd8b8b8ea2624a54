import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { OperationModel } from '../lib/openapi/operation';
import { getOperationHref } from '../lib/openapi/site';
import { getBundleCount, getBundleFolder, getBundleSize } from '../lib/search/bundles';
import { getFieldRows } from '../lib/search/field-index';
import { escapeHtml } from '../lib/escape-html';

/** Every page is Chinese; one language keeps fields, operations and guides in one index. */
const LANGUAGE = 'zh';
/** Guides are indexed as built; operation pages are added one by one, with their fields (see below). */
const GUIDE_GLOB = 'guides/**/*.html';
/** The field trees are indexed through the field section instead; the panel and samples are not prose. */
const EXCLUDED = ['.field-tree', '.tree-toolbar', '.try-it', '.code-sample', '.breadcrumb', '.op-badges'];

/**
 * Builds the Pagefind index of a built site: guide pages, and each operation
 * page with a section of its field rows added (only to what is indexed, not to
 * the served page): one heading per row whose `id` is the row's deep link.
 * Pagefind makes each heading a sub-result, so a search for a field lands on
 * that row of that operation — every operation that has the field, for one
 * record per operation (a record per row reached 100,000 at 1,000 operations).
 * It runs after `astro build` has exited (scripts/build.ts), so the two never
 * hold their memory at the same time. The index is written as bundles of at
 * most `perBundle` operations, one after the other (src/lib/search/bundles.ts).
 */
export async function writeSearchIndex(
  clientDir: string,
  operations: OperationModel[],
  perBundle: number = getBundleSize(process.env),
): Promise<{ pages: number; fields: number; bundles: number }> {
  const count = getBundleCount(operations.length, perBundle);
  let pages = 0;
  let fields = 0;
  for (let bundle = 0; bundle < count; bundle++) {
    const part = operations.slice(bundle * perBundle, (bundle + 1) * perBundle);
    const written = await writeBundle(clientDir, getBundleFolder(bundle), part, bundle === 0);
    pages += written.pages;
    fields += written.fields;
  }
  return { pages, fields, bundles: count };
}

/** One Pagefind bundle: these operations' pages (and the guides, in the first), written and its service closed. */
async function writeBundle(
  clientDir: string,
  folder: string,
  operations: OperationModel[],
  withGuides: boolean,
): Promise<{ pages: number; fields: number }> {
  const { index, errors } = await createIndex({
    rootSelector: 'main',
    excludeSelectors: EXCLUDED,
    forceLanguage: LANGUAGE,
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const guides = withGuides
      ? await index.addDirectory({ path: clientDir, glob: GUIDE_GLOB })
      : { errors: [], page_count: 0 };
    const problems = [...guides.errors];
    let fields = 0;
    for (const op of operations) {
      const url = getOperationHref('/', op.operationId);
      const page = await readFile(join(clientDir, url, 'index.html'), 'utf8');
      const section = makeFieldSection(op);
      fields += section.rows;
      const added = await index.addHTMLFile({ url, content: getIndexedHtml(page, section.html) });
      problems.push(...added.errors);
    }
    const written = await index.writeFiles({ outputPath: join(clientDir, folder) });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
    return { pages: guides.page_count + operations.length, fields };
  } finally {
    // Pagefind's service holds the whole bundle until closed: closing it frees the memory for the next one.
    await close();
  }
}

/**
 * The operation's method and path, and its field rows, as indexable HTML: per row a heading with the
 * row's id, its name and type (`dryRun Boolean`, which the search dialog
 * splits again), then its description and enum values. Every row of every
 * schema is there, shared inventories included.
 */
export function makeFieldSection(op: OperationModel): { html: string; rows: number } {
  const rows = getFieldRows(op);
  const parts = rows.map((field) => {
    const text = [field.description, field.enumValues?.join(' ') ?? ''].filter(Boolean).join(' ');
    return `<h6 id="${escapeHtml(field.id)}">${escapeHtml(field.name)} ${escapeHtml(field.type)}</h6><p>${escapeHtml(text)}</p>`;
  });
  // The page shows the path inside a full URL, which Pagefind keeps as one word: given alone, `vm-instances` finds it.
  const path = `<p>${escapeHtml(op.method)} ${escapeHtml(op.path)}</p>`;
  return { html: `<section data-search-fields>${path}${parts.join('')}</section>`, rows: rows.length };
}

/**
 * What Pagefind reads of an operation page: its <main> (Pagefind's root; nothing outside it is
 * indexed) with the field section at its end. The rest of the page (head, header, sidebar) is
 * left out of what is sent to Pagefind's process, a third of the bytes at 1,000 operations.
 */
export function getIndexedHtml(page: string, section: string): string {
  const start = page.indexOf('<main');
  const end = page.lastIndexOf('</main>');
  if (start === -1 || end === -1) return page;
  return `<!doctype html><html lang="zh-CN"><body>${page.slice(start, end)}${section}</main></body></html>`;
}
