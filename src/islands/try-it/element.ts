// The only code the reference page loads for the 在线调试 panel. When the
// reader presses the open button (pointerdown, or the click of a keyboard),
// it starts at once, side by side, everything the panel needs: the panel
// module, the page's try-it.json and, when the operation has a body (the page
// says so with data-body), the Monaco editor, the largest part; the click
// then builds the panel from them. Nothing heavy is requested before that, and
// nothing twice: only a failed load is tried again, the next time the reader
// opens the panel.

import { siteStrings as t } from '../../lib/i18n/first-load';

const SCRIPT_FAILED = t.tryItScriptFailed;

interface Loading {
  panel: Promise<typeof import('./panel')>;
  data: Promise<Response>;
  editor: Promise<typeof import('./monaco-editor')> | undefined;
}

class TryItPanelElement extends HTMLElement {
  #started = false;
  #loading: Loading | undefined;

  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    const body = this.querySelector<HTMLElement>('#try-it-body');
    const status = this.querySelector<HTMLElement>('[data-loading]');
    if (!open || !body || !status) return;
    const loadingText = status.textContent;
    open.hidden = false;
    // A press comes a tenth of a second or so before its click: the downloads start with it.
    open.addEventListener('pointerdown', () => void (this.#started || this.#load()));
    open.addEventListener('click', () => {
      const expanded = open.getAttribute('aria-expanded') === 'true';
      open.setAttribute('aria-expanded', String(!expanded));
      // The page's columns make room for the open panel (global.css).
      this.closest('.op-columns')?.toggleAttribute('data-panel-open', !expanded);
      open.textContent = expanded ? t.tryItOpen : t.tryItClose;
      body.hidden = expanded;
      if (expanded || this.#started) return;
      this.#started = true;
      status.textContent = loadingText;
      status.classList.remove('load-error');
      const { panel, data, editor } = this.#load();
      void panel
        .then(
          ({ mountPanel }) => mountPanel(this, data, editor),
          () => SCRIPT_FAILED,
        )
        .then((failure) => {
          if (failure === undefined) return;
          // The browser keeps a failed module import until the page is reloaded; a failed fetch of the data can be retried.
          this.#started = failure === SCRIPT_FAILED;
          this.#loading = undefined;
          const remedy = failure === SCRIPT_FAILED ? t.tryItReload : t.tryItReopen;
          status.textContent = t.tryItLoadFailed(failure, remedy);
          status.classList.add('load-error');
        });
    });
  }

  /** Starts (once, until a failure) the panel's downloads. */
  #load(): Loading {
    if (!this.#loading) {
      const data = fetch(this.dataset['url']!);
      const editor = this.dataset['body'] === undefined ? undefined : import('./monaco-editor');
      const panel = import('./panel');
      // Read, and their failure explained, on the click (a press need not end in one).
      for (const started of [data, editor, panel]) started?.catch(() => undefined);
      this.#loading = { panel, data, editor };
    }
    return this.#loading;
  }
}

customElements.define('try-it-panel', TryItPanelElement);
