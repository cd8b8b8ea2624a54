// The header's search: a native modal <dialog> that loads Pagefind's index
// only when it is first opened. Results are links; a field result is the
// field's deep link, which the page script expands and highlights.

import dialogStyles from './search-dialog.css?inline';
import { ensureStyle, h } from '../../scripts/dom';
import {
  matchesLatinWords,
  mergeItems,
  normalizeQuery,
  sortCurrentPageFirst,
  sortNamedOperationsFirst,
  toFieldItems,
  toSearchItems,
  type PagefindResultData,
  type SearchItem,
} from './search-results';
import { searchStrings } from '../../lib/i18n/search';
import { getBundleFolder, getPagefindScript } from '../../lib/search/bundles';
import {
  FIELD_INDEX_FOLDER,
  FIELD_INDEX_MANIFEST,
  getFieldHits,
  matchFieldKeys,
  parseFieldQuery,
  type FieldIndexManifest,
  type FieldKeyFile,
} from '../../lib/search/field-index';

/** Results a list shows at first, and how many more each 再显示 adds. */
const PAGE_RESULTS = 10;
/**
 * The User Timing entry each rendered search leaves (performance.measure): from
 * the keystroke that made the query to its results in the dialog, with the
 * query as `detail` — how a benchmark times "first result after typing".
 */
export const SEARCH_MEASURE = 'site-search:results';
/** Results of the page the reader is on, searched apart: among hundreds of pages sharing a field it may not be among the best read. */
const OWN_CANDIDATES = 3;
/** Rows of one operation a field query lists, as for Pagefind's results (search-results.ts). */
const FIELD_ROWS_PER_OPERATION = 3;
/** The warm-up's word off an operation page: every operation's path has it. */
const WARM_UP_WORD = 'zstack';

const MESSAGES = searchStrings;

/**
 * The dialog's behaviour, loaded by <site-search> (search-boot.ts) the first
 * time the reader opens the search: the page's first load carries only the
 * button and the shortcut.
 */
export class SearchDialog {
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #results: HTMLUListElement;
  #base: string;
  #bundles: number;
  #pagefind: Promise<Pagefind | null> | undefined;
  #fields: Promise<FieldIndex | null> | undefined;
  /** Failed loads of Pagefind's script so far, and what the last failure tells the reader. */
  #pagefindFailures = 0;
  #pagefindFailure: string = MESSAGES.unavailable;
  #opener: Element | null = null;
  /** The search being run, and the query typed meanwhile (run when it ends): no timer delays a query, none piles up. */
  #running: Promise<void> | undefined;
  #queued = false;
  /** Results shown for the query; 再显示 adds PAGE_RESULTS, a new query starts again from PAGE_RESULTS. */
  #limit = PAGE_RESULTS;
  #more: HTMLButtonElement;

  constructor(host: HTMLElement) {
    ensureStyle('search-dialog', dialogStyles);
    this.#base = host.dataset['base'] ?? '/';
    this.#bundles = Math.max(1, Number(host.dataset['bundles']) || 1);
    host.querySelector('dialog')?.remove(); // the one search-boot.ts shows when this script could not be loaded
    this.#dialog = makeDialog();
    host.append(this.#dialog);
    this.#input = this.#dialog.querySelector('[data-search-input]')!;
    this.#status = this.#dialog.querySelector('[data-search-status]')!;
    this.#results = this.#dialog.querySelector('[data-search-results]')!;
    this.#more = this.#dialog.querySelector('[data-search-more]')!;
    this.#more.addEventListener('click', () => {
      this.#limit += PAGE_RESULTS;
      // The first new result takes the focus, so that the keyboard goes on from where the list grew.
      const shown = this.#results.children.length;
      void this.#onInput(false).then(() => this.#results.children[shown]?.querySelector('a')?.focus());
    });
    this.#dialog.querySelector('[data-search-close]')!.addEventListener('click', () => this.#dialog.close());
    this.#dialog.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#results.querySelector('a')?.click();
    });
    this.#input.addEventListener('input', () => void this.#onInput(true));
    this.#dialog.addEventListener('click', (event) => this.#onDialogClick(event));
    this.#dialog.addEventListener('keydown', (event) => {
      // Esc closes at once, even where a search field would first clear itself.
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#dialog.close();
      } else this.#moveFocus(event);
    });
    this.#dialog.addEventListener('close', () => {
      if (this.#opener instanceof HTMLElement && this.#opener.isConnected) this.#opener.focus({ preventScroll: true });
    });
  }

  open() {
    if (!this.#dialog.open) {
      this.#opener = document.activeElement;
      this.#dialog.showModal();
    }
    this.#input.focus();
    this.#input.select();
    this.#fields ??= this.#loadFieldIndex();
    this.#pagefind ??= this.#loadPagefind();
    if (this.#input.value.trim() === '') this.#status.textContent = MESSAGES.prompt;
  }

  /** The field index's manifest (src/lib/search/field-index.ts); null when the build has none or it fails to load. */
  async #loadFieldIndex(): Promise<FieldIndex | null> {
    try {
      const response = await fetch(`${this.#base}${FIELD_INDEX_FOLDER}${FIELD_INDEX_MANIFEST}`);
      if (!response.ok) return null;
      return new FieldIndex(`${this.#base}${FIELD_INDEX_FOLDER}`, (await response.json()) as FieldIndexManifest);
    } catch {
      // Not arrived (the network): the next search asks again. A build without the index (404, above) is kept.
      this.#fields = undefined;
      return null;
    }
  }

  async #loadPagefind(): Promise<Pagefind | null> {
    this.#status.textContent = MESSAGES.loading;
    const base = this.#base;
    const script = getPagefindScript(base);
    try {
      // The browser keeps a module that failed to load as failed, by its URL, until the page is reloaded: a retry asks
      // for the same file by another URL.
      const url = this.#pagefindFailures === 0 ? script : `${script}?retry=${this.#pagefindFailures}`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      const options = { baseUrl: base, excerptLength: 24 };
      await pagefind.options(options);
      await pagefind.init();
      // A large API's index comes in several bundles (src/lib/search/bundles.ts): one search covers them all.
      const extra = Array.from({ length: this.#bundles - 1 }, (_, i) => `${base}${getBundleFolder(i + 1)}`);
      await Promise.all(extra.map((url) => pagefind.mergeIndex(url, options)));
      // Only while the field is empty: a query already typed warms the worker itself, and would wait behind this one.
      if (this.#input.value.trim() === '') void this.#warmUp(pagefind);
      if (this.#input.value.trim() === '') this.#status.textContent = MESSAGES.prompt;
      return pagefind;
    } catch {
      // A site built without its index answers 404, and stays so: say how to build it. Anything else (the network,
      // the server) may pass: say so, and let the next search load it again.
      this.#pagefindFailures += 1;
      const missing = await fetch(script, { method: 'HEAD', cache: 'no-store' }).then(
        (response) => response.status === 404,
        () => false,
      );
      this.#pagefindFailure = missing ? MESSAGES.unavailable : MESSAGES.loadFailed;
      if (!missing) this.#pagefind = undefined;
      this.#status.textContent = this.#pagefindFailure;
      return null;
    }
  }

  /**
   * Runs the search at once when none is running (a pasted or first query waits for nothing), else once the
   * running one ends, with the text then in the field: fast typing gives one search per finished search, not per key.
   */
  async #onInput(newQuery: boolean) {
    if (newQuery) this.#limit = PAGE_RESULTS;
    if (this.#running) {
      this.#queued = true;
      return;
    }
    // Until the last rows are in: a field query's rows come first, Pagefind's guides after them.
    this.#results.setAttribute('aria-busy', 'true');
    do {
      this.#queued = false;
      this.#running = this.#search().catch(() => {
        this.#status.textContent = MESSAGES.loadFailed;
      });
      await this.#running;
      this.#running = undefined;
    } while (this.#queued);
    this.#results.removeAttribute('aria-busy');
  }

  /**
   * A query that names a field (`lastVmInstanceUuid`, with or without operation ids) is answered first by the field
   * index, a file or two: every row of that name, shown at once. Pagefind's pages (guides, operations whose text
   * has the word) follow them when the list has room. Any other query goes to Pagefind; the field index's rows for
   * a word that starts a field's name (`lastVm`) follow Pagefind's rows.
   */
  async #search() {
    const query = this.#input.value.trim();
    if (query === '') {
      if (!(await (this.#pagefind ??= this.#loadPagefind()))) return;
      this.#results.replaceChildren();
      delete this.#results.dataset['query'];
      if (this.#input.value.trim() === '') this.#status.textContent = MESSAGES.prompt;
      return;
    }
    const typedAt = performance.now();
    const here = (url: string) => new URL(url, location.href).pathname === location.pathname;
    const fields = await this.#searchFields(query);
    if (this.#input.value.trim() !== query) return;
    const named = fields?.exact === true && fields.items.length > 0;
    if (named) {
      this.#show(query, fields.items, MESSAGES.found(fields.total, fields.items.length), typedAt, fields.total);
      if (fields.items.length >= this.#limit) return;
    }
    const pagefind = await (this.#pagefind ??= this.#loadPagefind());
    if (!pagefind) {
      // Without Pagefind's index: the field index's rows, if any, and never the rows of an earlier query. A field's
      // rows stand as found (the failed load wrote its message over their count).
      if (this.#input.value.trim() !== query) return;
      if (named) this.#status.textContent = MESSAGES.found(fields.total, fields.items.length);
      else this.#show(query, fields?.items ?? [], this.#pagefindFailure, typedAt);
      return;
    }
    const search = await pagefind.search(normalizeQuery(query));
    const [best, own] = await Promise.all([
      // The best pages, read: each gives at least one row (the current page is searched apart, see below).
      Promise.all(search.results.slice(0, this.#limit).map((result) => result.data())),
      // The field index has put the reader's own rows first already.
      named ? [] : this.#searchThisOperation(pagefind, query),
    ]);
    if (this.#input.value.trim() !== query) return;
    const candidates = [...own.filter((data) => here(data.url)), ...best].filter(
      (data, at, all) => all.findIndex((other) => other.url === data.url) === at && matchesLatinWords(query, data),
    );
    const pages = sortCurrentPageFirst(toSearchItems(candidates, query), here);
    // The field index listed every row of the name: of Pagefind's, the pages whose prose has it (notes, guides) add to it.
    const others = named ? pages.filter((item) => item.kind !== MESSAGES.kinds.field) : [];
    const found = sortNamedOperationsFirst(
      named ? mergeItems(fields.items, others) : mergeItems(pages, fields?.items ?? []),
      query,
    ).slice(0, this.#limit);
    // Pagefind counts pages; the list shows a page's field rows as rows of their own: never fewer than it shows.
    const total = Math.max(
      found.length,
      named ? fields.total + others.length : Math.max(search.results.length, fields?.total ?? 0),
    );
    const status = found.length === 0 ? MESSAGES.none(query) : MESSAGES.found(total, found.length);
    this.#show(query, found, status, named ? undefined : typedAt, total);
  }

  /**
   * Puts the rows in the list; the query's first rows (`typedAt` given) leave the User Timing entry a benchmark
   * reads, from the keystroke.
   */
  #show(query: string, items: SearchItem[], status: string, typedAt?: number, total = items.length) {
    this.#results.replaceChildren(...items.map(renderResult));
    this.#results.dataset['query'] = query;
    this.#status.textContent = status;
    this.#more.hidden = total <= items.length;
    this.#more.textContent = MESSAGES.more(Math.min(PAGE_RESULTS, total - items.length));
    if (typedAt !== undefined) performance.measure(SEARCH_MEASURE, { start: typedAt, detail: query });
  }

  /** The field index's rows for the query, the reader's own operation first; undefined when it is not a field query. */
  async #searchFields(query: string): Promise<{ items: SearchItem[]; total: number; exact: boolean } | undefined> {
    const index = await (this.#fields ??= this.#loadFieldIndex());
    if (!index) return undefined;
    const parsed = parseFieldQuery(index.manifest, normalizeQuery(query).split(' '));
    if (!parsed) return undefined;
    const { keys, exact } = matchFieldKeys(index.manifest, parsed.term);
    if (keys.length === 0) return undefined;
    const files = await index.getFiles(keys);
    if (!files) return undefined;
    const here = this.#getOperationId();
    const { hits, total } = getFieldHits(index.manifest, files, {
      operations: parsed.operations,
      ...(here === undefined ? {} : { here }),
      limit: this.#limit,
      perOperation: FIELD_ROWS_PER_OPERATION,
    });
    return { items: toFieldItems(hits, this.#base), total, exact };
  }

  /** On an operation page, the query with the operation's id added: only that page (and the few naming it) has both. */
  async #searchThisOperation(pagefind: Pagefind, query: string): Promise<PagefindResultData[]> {
    const operationId = this.#getOperationId();
    if (!operationId) return [];
    const search = await pagefind.search(normalizeQuery(`${operationId} ${query}`));
    return Promise.all(search.results.slice(0, OWN_CANDIDATES).map((result) => result.data()));
  }

  /**
   * One small search while the reader starts typing: Pagefind's worker prepares its search and its results
   * on first use, which made the first result after typing about 1 s slower than the next ones (1,000
   * operations, loaded machine).
   */
  async #warmUp(pagefind: Pagefind) {
    const search = await pagefind.search(this.#getOperationId() ?? WARM_UP_WORD);
    await search.results[0]?.data();
  }

  #getOperationId(): string | undefined {
    const path = location.pathname.startsWith(this.#base) ? location.pathname.slice(this.#base.length) : '';
    const operationId = /^api\/([^/]+)\/$/.exec(path)?.[1];
    return operationId ? decodeURIComponent(operationId) : undefined;
  }

  #onDialogClick(event: MouseEvent) {
    // A click on the backdrop lands on the <dialog> itself.
    if (event.target === this.#dialog) this.#dialog.close();
    else if (event.target instanceof Element && event.target.closest('a')) {
      this.#opener = null;
      this.#dialog.close();
    }
  }

  #moveFocus(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [this.#input, ...this.#results.querySelectorAll('a')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]!.focus();
  }
}

/** The dialog, built on first opening (it is of no use without this script). */
function makeDialog(): HTMLDialogElement {
  const dialog = h('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title', 'data-search-dialog': '' });
  const head = h('div', { class: 'search-head' });
  head.append(
    h('h2', { id: 'search-title' }, MESSAGES.title),
    h('button', { type: 'button', 'data-search-close': '' }, MESSAGES.close),
  );
  const form = h('form', { role: 'search', 'data-search-form': '' });
  form.append(
    h('label', { for: 'search-input' }, MESSAGES.inputLabel),
    h('input', {
      id: 'search-input',
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'search-status',
      'data-search-input': '',
    }),
  );
  dialog.append(
    head,
    form,
    h('p', { id: 'search-status', class: 'search-status', role: 'status', 'data-search-status': '' }),
    h('ul', { class: 'search-results', 'aria-label': MESSAGES.results, 'data-search-results': '' }),
    h('button', { type: 'button', class: 'search-more', hidden: '', 'data-search-more': '' }),
  );
  return dialog;
}

function renderResult(result: SearchItem): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  const head = document.createElement('span');
  head.className = 'search-result-head';
  const kind = document.createElement('span');
  kind.className = 'badge';
  kind.textContent = result.kind;
  const title = document.createElement('strong');
  title.textContent = result.title;
  head.append(kind, ' ', title);
  if (result.type) {
    const type = document.createElement('code');
    type.textContent = result.type;
    head.append(' ', type);
  }
  link.append(head);
  if (result.context) link.append(makeLine('search-result-context', [document.createTextNode(result.context)]));
  link.append(makeLine('search-result-excerpt', getExcerptNodes(result.excerpt)));
  item.append(link);
  return item;
}

function makeLine(className: string, nodes: Node[]) {
  const line = document.createElement('span');
  line.className = className;
  line.append(...nodes);
  return line;
}

/** Pagefind's excerpt is escaped text with <mark> around the hits; keep only those two. */
function getExcerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** The field index in the dialog: its manifest, and each name's file, fetched once. */
class FieldIndex {
  readonly manifest: FieldIndexManifest;
  #folder: string;
  #files = new Map<string, Promise<FieldKeyFile | null>>();

  constructor(folder: string, manifest: FieldIndexManifest) {
    this.#folder = folder;
    this.manifest = manifest;
  }

  /** The keys' files, in order; null when one cannot be had (Pagefind answers then). */
  async getFiles(keys: string[]): Promise<FieldKeyFile[] | null> {
    const files = await Promise.all(keys.map((key) => this.#getFile(key)));
    return files.every((file) => file !== null) ? (files as FieldKeyFile[]) : null;
  }

  #getFile(key: string): Promise<FieldKeyFile | null> {
    let file = this.#files.get(key);
    if (!file) {
      file = fetch(`${this.#folder}${key}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<FieldKeyFile>) : null))
        .catch(() => null)
        .then((loaded) => {
          // A file that failed is asked again by the next query.
          if (loaded === null) this.#files.delete(key);
          return loaded;
        });
      this.#files.set(key, file);
    }
    return file;
  }
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<PagefindSearch>;
}

interface PagefindSearch {
  results: Array<{ data(): Promise<PagefindResultData> }>;
}
