// The only code the reference page loads for the 在线调试 panel: when the
// reader first opens the panel it imports the panel module (and, through it,
// Monaco) and, alongside, fetches try-it.json, from which the panel builds its
// body. Nothing heavy is requested before that, and nothing twice: only a
// failed load is tried again, the next time the reader opens the panel.

import { siteStrings as t } from '../../lib/i18n/first-load';

const SCRIPT_FAILED = t.tryItScriptFailed;

class TryItPanelElement extends HTMLElement {
  #started = false;

  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    const body = this.querySelector<HTMLElement>('#try-it-body');
    const status = this.querySelector<HTMLElement>('[data-loading]');
    if (!open || !body || !status) return;
    const loadingText = status.textContent;
    open.hidden = false;
    open.addEventListener('click', () => {
      const expanded = open.getAttribute('aria-expanded') === 'true';
      open.setAttribute('aria-expanded', String(!expanded));
      open.textContent = expanded ? t.tryItOpen : t.tryItClose;
      body.hidden = expanded;
      if (expanded || this.#started) return;
      this.#started = true;
      status.textContent = loadingText;
      status.classList.remove('load-error');
      const data = fetch(this.dataset['url']!);
      data.catch(() => undefined); // read, and its failure explained, by the panel
      void import('./panel')
        .then(
          ({ mountPanel }) => mountPanel(this, data),
          () => SCRIPT_FAILED,
        )
        .then((failure) => {
          if (failure === undefined) return;
          // The browser keeps a failed module import until the page is reloaded; a failed fetch of the data can be retried.
          this.#started = failure === SCRIPT_FAILED;
          const remedy = failure === SCRIPT_FAILED ? t.tryItReload : t.tryItReopen;
          status.textContent = t.tryItLoadFailed(failure, remedy);
          status.classList.add('load-error');
        });
    });
  }
}

customElements.define('try-it-panel', TryItPanelElement);
