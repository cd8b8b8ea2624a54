// Pure: turns Pagefind's results into the dialog's rows. An operation page's
// field rows are indexed as headings (src/server/search-index.ts), which
// Pagefind returns as sub-results; each becomes a row of its own.

import { searchStrings as t } from '../../lib/i18n/search';

/** A field row's id starts with its section: `body.flattenVmInstance.dryRun`, `response.inventory.uuid`. */
const FIELD_ID = /^(path|query|header|body|response)(\.|$)/;
/** Field rows shown per page: one page's rows must not push every other result out. */
const MAX_FIELDS_PER_PAGE = 3;

const KIND_LABELS: Array<[RegExp, string]> = [
  [/#/, t.kinds.field],
  [/\/api\//, t.kinds.operation],
  [/\/guides\//, t.kinds.guide],
];

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SearchItem {
  url: string;
  kind: string;
  title: string;
  type?: string;
  context?: string;
  excerpt: string;
}

/**
 * The query as Pagefind can match it: the index splits a path such as
 * `/zstack/v1/vm-instances/{uuid}` into words (the Chinese segmenter keeps no
 * hyphenated word), so its punctuation becomes spaces, and every word must match.
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[-/{}]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rows for Pagefind's results, in their order: each page's matching fields, then the page where its own text matched. */
export function toSearchItems(results: PagefindResultData[]): SearchItem[] {
  return results.flatMap((result) => {
    const subs = result.sub_results ?? [];
    const fields = subs.filter((sub) => FIELD_ID.test(sub.anchor?.id ?? ''));
    const others = subs.filter((sub) => !fields.includes(sub));
    const title = result.meta['title'] ?? result.url;
    const items = fields.slice(0, MAX_FIELDS_PER_PAGE).map((sub) => makeFieldItem(result, title, sub));
    if (fields.length === 0 || others.length > 0) {
      items.push({
        url: result.url,
        kind: getKind(result.url),
        title,
        ...(result.meta['context'] ? { context: result.meta['context'] } : {}),
        excerpt: others[0]?.excerpt ?? result.excerpt,
      });
    }
    return items;
  });
}

/** Moves the rows of the page the reader is on to the top, keeping the order otherwise. */
export function sortCurrentPageFirst(items: SearchItem[], here: (url: string) => boolean): SearchItem[] {
  return [...items.filter((item) => here(item.url)), ...items.filter((item) => !here(item.url))];
}

function makeFieldItem(result: PagefindResultData, pageTitle: string, sub: PagefindSubResult): SearchItem {
  const id = sub.anchor!.id!;
  const space = sub.title.indexOf(' ');
  const name = space === -1 ? sub.title : sub.title.slice(0, space);
  const type = space === -1 ? '' : sub.title.slice(space + 1).trim();
  const operationId = /\/api\/([^/]+)\//.exec(result.url)?.[1];
  const section = t.sections[id.split('.')[0]!] ?? '';
  return {
    url: sub.url,
    kind: t.kinds.field,
    title: name,
    ...(type ? { type } : {}),
    context: operationId ? t.fieldContext(pageTitle, operationId, section) : section,
    excerpt: sub.excerpt,
  };
}

function getKind(url: string): string {
  return KIND_LABELS.find(([pattern]) => pattern.test(url))?.[1] ?? t.kinds.page;
}
