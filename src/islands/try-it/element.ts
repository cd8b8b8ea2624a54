// The only code the reference page loads for the 在线调试 panel. When the
// reader's pointer enters the open button, the focus reaches it or it is
// pressed (pointerdown, or the click of a keyboard), it starts at once, side by
// side, everything the panel needs: the panel module, the page's try-it.json
// and, when the operation has a body (the page says so with data-body), the
// Monaco editor, the largest part; the click then builds the panel from them.
// Nothing heavy is requested before that, and nothing twice: only a failed load
// is tried again, the next time the reader opens the panel.
//
// Once a panel has been built in this browser, its scripts are in the HTTP
// cache, and a later page compiles them ahead (<link rel=modulepreload>, when
// the page is idle after its load): no download, and the click no longer waits
// for the parse of Monaco's 3 MB. A first visit loads nothing of the panel.

import { siteStrings as t } from '../../lib/i18n/first-load';

const SCRIPT_FAILED = t.tryItScriptFailed;
/** Where the panel's scripts were the last time a panel was built in this browser (see rememberScripts). */
export const PANEL_SCRIPTS_KEY = 'zstack-portal.try-it-scripts';

interface Loading {
  panel: Promise<typeof import('./panel')>;
  /** What the panel is built from, requested as soon as the panel module is there (before the click when the pointer comes first). */
  prepared: Promise<import('./panel').PreparedPanel>;
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
    // The pointer reaches the button, or the focus does, a few tenths of a second before the click;
    // a press, a tenth or so: the downloads start with the first of them.
    const start = () => void (this.#started || this.#load());
    for (const type of ['pointerenter', 'focus', 'pointerdown']) open.addEventListener(type, start);
    preloadRememberedScripts(this.dataset['body'] !== undefined);
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
      const { panel, prepared, editor } = this.#load();
      void Promise.all([panel, prepared])
        .then(
          ([{ mountPanel }, started]) => mountPanel(this, started, editor),
          () => SCRIPT_FAILED,
        )
        .then((failure) => {
          if (failure === undefined) {
            rememberScripts(panel, editor).catch(() => undefined);
            return;
          }
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
      const prepared = panel.then(({ preparePanel }) => preparePanel(this, data));
      // Read, and their failure explained, on the click (a press need not end in one).
      for (const started of [data, editor, panel, prepared]) started?.catch(() => undefined);
      this.#loading = { panel, prepared, editor };
    }
    return this.#loading;
  }
}

/**
 * Compiles, once the page is idle after its load, the panel's scripts that a panel of an earlier
 * page built from (the HTTP cache has them): modulepreload fetches and compiles a module without
 * running it. Only the scripts of this very build are named: the key is this script's URL, whose
 * name changes with those of the chunks it imports.
 */
function preloadRememberedScripts(withEditor: boolean) {
  const remembered = readRememberedScripts();
  if (!remembered) return;
  const preload = () => {
    for (const href of [remembered.panel, withEditor && remembered.editor]) {
      if (href) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
    }
  };
  // This script is a module: it runs before the load event. (Safari has no requestIdleCallback.)
  addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(preload), { once: true });
}

function readRememberedScripts(): RememberedScripts | undefined {
  try {
    const remembered = JSON.parse(localStorage.getItem(PANEL_SCRIPTS_KEY) ?? 'null') as RememberedScripts | null;
    return remembered?.site === import.meta.url ? remembered : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers, once a panel is built, the URLs of the scripts it was built from (each module says its own). */
async function rememberScripts(panel: Loading['panel'], editor: Loading['editor']) {
  // A page without a body editor keeps the editor an earlier page remembered.
  const editorUrl = editor ? (await editor).scriptUrl : readRememberedScripts()?.editor;
  const remembered: RememberedScripts = { site: import.meta.url, panel: (await panel).scriptUrl };
  if (editorUrl) remembered.editor = editorUrl;
  try {
    localStorage.setItem(PANEL_SCRIPTS_KEY, JSON.stringify(remembered));
  } catch {
    // Nothing to remember with: a later page compiles them on the click, as a first one does.
  }
}

interface RememberedScripts {
  /** The URL of this script (site.ts's chunk) when they were remembered. */
  site: string;
  panel: string;
  editor?: string;
}

customElements.define('try-it-panel', TryItPanelElement);
