// <site-search>: what every page loads for the header's search — the button and
// the shortcuts (/, Ctrl+K, ⌘K). The dialog's behaviour (search-element.ts) and
// Pagefind's index come the first time the reader opens it.

import { h } from '../../scripts/dom';
import { siteStrings as t } from '../../lib/i18n/first-load';
import { getPagefindScript } from '../../lib/search/bundles';

class SiteSearch extends HTMLElement {
  #dialog: Promise<{ open(): void }> | undefined;

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-search-open]')!;
    button.hidden = false;
    button.addEventListener('click', () => void this.open());
    document.addEventListener('keydown', (event) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      void this.open();
    });
  }

  async open() {
    if (!this.#dialog) {
      // Pagefind's script is fetched beside the dialog's, not after it: the dialog imports the same URL, which the
      // browser then answers from this request (a module is fetched once per URL).
      import(/* @vite-ignore */ getPagefindScript(this.dataset['base'] ?? '/')).catch(() => undefined);
      this.#dialog = import('./search-element').then(({ SearchDialog }) => new SearchDialog(this));
    }
    try {
      (await this.#dialog).open();
    } catch {
      // The script did not arrive (the browser keeps that failure until the page is reloaded): say so in a dialog; Esc closes it.
      const dialog =
        this.querySelector('dialog') ??
        this.appendChild(h('dialog', { 'aria-label': t.searchDialog, 'data-search-dialog': '' }));
      dialog.replaceChildren(h('p', { role: 'status', 'data-search-status': '' }, t.searchLoadFailed));
      if (!dialog.open) dialog.showModal();
    }
  }
}

function isShortcut(event: KeyboardEvent) {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
}

function isEditable(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null)
  );
}

customElements.define('site-search', SiteSearch);
