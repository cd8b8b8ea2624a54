// <site-nav>: the sidebar. The page carries a few links of the same size
// whatever the size of the API (Sidebar.astro); the whole list
// (/nav/<hash>.json, one file for every page, cached by the browser) comes the
// first time the reader reaches for the sidebar — hovers, focuses, opens it or
// types in its filter — and becomes every category, the current one open.
// A pointer only fetches it: the list is rebuilt once the pointer has left,
// for the categories inserted above the current one would move the link
// under the pointer as the reader clicks it. Lists are built when a category
// opens: at 5,000 operations only what the reader looks at becomes DOM.

import { h } from '../../scripts/dom';
import { filterCategories, readNavFile, type NavCategory, type NavOperation } from '../../lib/openapi/nav';
import { siteStrings as t } from '../../lib/i18n/first-load';

/** Results shown at most per category while filtering; the rest is counted. */
const SHOWN_PER_CATEGORY = 50;

class SiteNav extends HTMLElement {
  /** The shared list, fetched; then built into the sidebar (load). */
  #file: Promise<NavCategory[]> | undefined;
  #categories: Promise<NavCategory[]> | undefined;

  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>('[data-nav-toggle]')!;
    const filter = this.querySelector<HTMLInputElement>('[data-nav-filter]')!;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.toggleAttribute('data-open', open);
      if (open) filter.focus();
    });
    this.addEventListener(
      'pointerenter',
      () => {
        this.#fetch().catch(() => undefined);
        this.addEventListener('pointerleave', () => void this.load(), { once: true });
      },
      { once: true },
    );
    this.addEventListener('focusin', () => void this.load(), { once: true });
    filter.addEventListener('input', () => void this.filter(filter.value));
    filter.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !filter.value) return;
      filter.value = '';
      void this.filter('');
    });
  }

  #fetch(): Promise<NavCategory[]> {
    this.#file ??= fetch(this.dataset['nav']!)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((file: unknown) => readNavFile(file));
    this.#file.catch(() => {
      this.#file = undefined;
    });
    return this.#file;
  }

  load(): Promise<NavCategory[]> {
    this.#categories ??= this.#fetch().then((categories) => {
      this.#render(categories);
      return categories;
    });
    this.#categories.catch(() => {
      this.#categories = undefined;
      this.#status(t.navLoadFailed);
    });
    return this.#categories;
  }

  /**
   * Builds every category from the shared list, each opening in place with its operations built when it opens. The
   * current category's item (the page's own, with a few of its operations) stays the same node and gets its whole
   * list; a link the reader had focused in it is focused again.
   */
  #render(categories: NavCategory[]) {
    let tree = this.querySelector<HTMLUListElement>('[data-nav-tree]');
    if (!tree) {
      tree = h('ul', { class: 'nav-tree', 'data-nav-tree': true });
      this.querySelector('.nav-all')!.before(tree);
    }
    const own = new Map(
      [...tree.querySelectorAll<HTMLLIElement>(':scope > li[data-category]')].map((item) => [
        item.dataset['category'],
        item,
      ]),
    );
    const focused = tree.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : undefined;
    const items = categories.map((category) => {
      const item = own.get(category.id);
      const details = item?.querySelector('details') ?? h('details', {}, makeSummary(category));
      details.addEventListener('toggle', () => {
        if (details.open && !details.querySelector(':scope > ul'))
          this.#fill(details, category.operations, category.operations.length);
      });
      if (item && details.open) this.#fill(details, category.operations, category.operations.length);
      return item ?? h('li', { 'data-category': category.id }, details);
    });
    tree.replaceChildren(...items);
    if (focused) tree.querySelector<HTMLElement>(`a[href="${CSS.escape(focused)}"]`)?.focus();
  }

  async filter(text: string) {
    let categories: NavCategory[];
    try {
      categories = await this.load();
    } catch {
      return;
    }
    const filter = this.querySelector<HTMLInputElement>('[data-nav-filter]')!;
    if (filter.value !== text) return; // the reader typed on while the list came
    const found = text.trim() ? filterCategories(categories, text) : undefined;
    const hits = new Map(found?.map((f) => [f.category.id, f.operations]));
    const byId = new Map(categories.map((c) => [c.id, c]));
    for (const item of this.querySelectorAll<HTMLLIElement>('[data-nav-tree] > li[data-category]')) {
      const details = item.querySelector('details');
      const category = byId.get(item.dataset['category']!);
      if (!category || !details) continue;
      if (!found) {
        item.hidden = false;
        if ('wasOpen' in details.dataset) {
          const wasOpen = details.dataset['wasOpen'] === 'true';
          delete details.dataset['wasOpen'];
          details.querySelector(':scope > ul')?.remove();
          if (wasOpen) this.#fill(details, category.operations, category.operations.length);
          details.open = wasOpen;
        }
        continue;
      }
      details.dataset['wasOpen'] ??= String(details.open);
      const ops = hits.get(category.id);
      item.hidden = !ops;
      if (!ops) continue;
      this.#fill(details, ops.slice(0, SHOWN_PER_CATEGORY), ops.length);
      details.open = true;
    }
    const count = found?.reduce((sum, f) => sum + f.operations.length, 0);
    this.#status(count === undefined ? '' : count === 0 ? t.navNoMatch(text.trim()) : t.navFound(count));
  }

  #fill(details: HTMLDetailsElement, operations: NavOperation[], total: number) {
    const base = this.dataset['base']!;
    const current = this.dataset['current'];
    const list = h(
      'ul',
      { class: 'nav-ops' },
      ...operations.map((op) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `${base}api/${op.operationId}/`, 'aria-current': op.operationId === current ? 'page' : undefined },
            op.summary,
            h('code', {}, op.operationId),
          ),
        ),
      ),
    );
    if (total > operations.length) list.append(h('li', { class: 'nav-more' }, t.navMore(total - operations.length)));
    details.querySelector(':scope > ul')?.remove();
    details.append(list);
  }

  #status(text: string) {
    const status = this.querySelector('[data-nav-status]');
    if (status) status.textContent = text;
  }
}

customElements.define('site-nav', SiteNav);

function makeSummary(category: NavCategory): HTMLElement {
  return h(
    'summary',
    { title: category.path.join(' / ') },
    `${category.name} `,
    h('span', { class: 'nav-count' }, String(category.operations.length)),
  );
}
