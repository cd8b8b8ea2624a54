// Pure: turns Pagefind's results into the dialog's rows. An operation page's
// field rows are indexed as headings (src/server/search-index.ts), which
// Pagefind returns as sub-results; each becomes a row of its own.

import { searchStrings as t } from '../../lib/i18n/search';
import { withTrailingSlash } from '../../lib/base-url';
import type { FieldHit } from '../../lib/search/field-index';
import { escapeHtml } from '../../lib/escape-html';

/** A field row's id starts with its section: `body.flattenVmInstance.dryRun`, `response.inventory.uuid`. */
const FIELD_ID = /^(path|query|header|body|response)(\.|$)/;
/** A query word written in Latin letters and digits only (Pagefind's fallback for the others is wanted). */
const LATIN_WORD = /^[a-z0-9]+$/;
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
  /** The indexed text, HTML-escaped, its words split by zero-width spaces (a Chinese page is segmented when indexed). */
  raw_content?: string;
  /** The positions of the matched words in `raw_content`. */
  locations?: number[];
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

/**
 * Whether each Latin word of the query (`nosuchword`, `lastVm`) is part of a word the result matched.
 * Pagefind answers a word that no indexed word starts with by the longest
 * indexed word that starts it instead — meant for Chinese, where the query is
 * not segmented (扁平合并 finds 扁平) — so `nosuchwordanywhere` would find
 * every page with "no". A word it matched that way is shorter than the query's
 * word and never contains it; a real match always does.
 */
export function matchesLatinWords(query: string, result: PagefindResultData): boolean {
  const terms = getQueryTerms(query).filter((term) => LATIN_WORD.test(term));
  if (terms.length === 0) return true;
  const words = getMatchedWords(result).map(getWordKey);
  return terms.every((term) => words.some((word) => word.includes(term)));
}

/**
 * The rows for Pagefind's results, in their order: each page's matching fields,
 * then the page where its own text matched; the page of an operation whose id
 * is one of the query's words comes first. Within a page, the query's words
 * that name the operation (its id or its summary) chose the page; the rows
 * whose name starts with one of the other words come first, so that
 * `FlattenVmInstance lastVmInstanceUuid` gives that row rather than
 * `body.flattenVmInstance`.
 */
export function toSearchItems(results: PagefindResultData[], query = ''): SearchItem[] {
  const terms = getQueryTerms(query);
  // Pagefind matches the start of a word: `QueryVmInstance` finds QueryVmInstanceByUuid too, and may rank it first.
  const named = (result: PagefindResultData) => terms.includes(getOperationId(result.url)?.toLowerCase() ?? '');
  const ordered = [...results.filter(named), ...results.filter((result) => !named(result))];
  return ordered.flatMap((result) => {
    const subs = result.sub_results ?? [];
    const fields = subs.filter((sub) => FIELD_ID.test(sub.anchor?.id ?? ''));
    const others = subs.filter((sub) => !fields.includes(sub));
    const title = result.meta['title'] ?? result.url;
    const operationId = getOperationId(result.url);
    const rowTerms = terms.filter((term) => !isOperationTerm(term, operationId, title));
    const items = rankByName(fields, rowTerms)
      .slice(0, MAX_FIELDS_PER_PAGE)
      .map((sub) => makeFieldItem(result, title, sub));
    const page: SearchItem = {
      url: result.url,
      kind: getKind(result.url),
      title,
      ...(result.meta['context'] ? { context: result.meta['context'] } : {}),
      excerpt: others[0]?.excerpt ?? result.excerpt,
    };
    // A query that names the operation (扁平合并云主机, FlattenVmInstance) asks for its page, whatever else matched:
    // sortNamedOperationsFirst puts it first.
    const namesPage = operationId !== undefined && terms.length > 0 && rowTerms.length === 0;
    if (fields.length === 0 || others.length > 0 || namesPage) items.push(page);
    return items;
  });
}

/**
 * Moves the operation pages that the whole query names (by their id or their summary) before every other row,
 * keeping the order otherwise: a field's rows, the reader's own page's rows, come after the operation asked for.
 */
export function sortNamedOperationsFirst(items: SearchItem[], query: string): SearchItem[] {
  const terms = getQueryTerms(query);
  if (terms.length === 0) return items;
  const names = (item: SearchItem) => {
    const operationId = getOperationId(item.url);
    return (
      operationId !== undefined &&
      !item.url.includes('#') &&
      terms.every((term) => isOperationTerm(term, operationId, item.title))
    );
  };
  return [...items.filter(names), ...items.filter((item) => !names(item))];
}

/**
 * The rows for the field index's hits (src/lib/search/field-index.ts), as Pagefind's field rows look: the row's
 * deep link, its name and type, the operation and section, and the description's start (escaped, as Pagefind's
 * excerpts are, since the dialog reads an excerpt as HTML keeping only <mark>).
 */
export function toFieldItems(hits: FieldHit[], base: string): SearchItem[] {
  return hits.map((hit) => ({
    url: `${withTrailingSlash(base)}api/${encodeURIComponent(hit.operationId)}/#${encodeURIComponent(hit.id)}`,
    kind: t.kinds.field,
    title: hit.name,
    ...(hit.type ? { type: hit.type } : {}),
    context: t.fieldContext(
      hit.summary,
      hit.operationId,
      t.sections[hit.id.split('.')[0]!] ?? '',
      getFieldPath(hit.id),
    ),
    excerpt: escapeHtml(hit.excerpt),
  }));
}

/** The items of both lists, each address once (the first list's row wins), in order. */
export function mergeItems(first: SearchItem[], second: SearchItem[]): SearchItem[] {
  const seen = new Set(first.map((item) => item.url));
  return [...first, ...second.filter((item) => !seen.has(item.url))];
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
  const operationId = getOperationId(result.url);
  const section = t.sections[id.split('.')[0]!] ?? '';
  return {
    url: sub.url,
    kind: t.kinds.field,
    title: name,
    ...(type ? { type } : {}),
    context: operationId ? t.fieldContext(pageTitle, operationId, section, getFieldPath(id)) : section,
    excerpt: sub.excerpt,
  };
}

/** The query's words as Pagefind matches them: each is the start of an indexed word. */
function getQueryTerms(query: string): string[] {
  return normalizeQuery(query).split(' ').map(getWordKey).filter(Boolean);
}

function getOperationId(url: string): string | undefined {
  return /\/api\/([^/]+)\//.exec(url)?.[1];
}

function isOperationTerm(term: string, operationId: string | undefined, title: string): boolean {
  return (operationId?.toLowerCase().startsWith(term) ?? false) || title.toLowerCase().includes(term);
}

/** The rows whose name starts with more of the words first; the page's order otherwise (the sort is stable). */
function rankByName(fields: PagefindSubResult[], terms: string[]): PagefindSubResult[] {
  if (terms.length === 0) return fields;
  const score = (sub: PagefindSubResult) => {
    const name = getWordKey(sub.title.split(' ')[0]!);
    return terms.filter((term) => name.startsWith(term)).length;
  };
  return [...fields].sort((a, b) => score(b) - score(a));
}

/** The words of `raw_content` at the result's `locations`, as Pagefind counts them for its excerpts (excerpt.ts). */
function getMatchedWords({ raw_content: content = '', locations = [] }: PagefindResultData): string[] {
  const words = content.includes('\u200B') ? content.split('\u200B') : content.split(/\s+/);
  return locations.map((at) => words[at] ?? '');
}

/** A word as Pagefind indexes it: lower case, letters and digits only. */
function getWordKey(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function getKind(url: string): string {
  return KIND_LABELS.find(([pattern]) => pattern.test(url))?.[1] ?? t.kinds.page;
}

/** A row's place in its section, from its id, when it is not at the top: `response.inventory.vmNics.uuid` → `inventory.vmNics.uuid`. */
function getFieldPath(id: string): string {
  const path = id.split('.').slice(1);
  return path.length > 1 ? path.join('.') : '';
}
