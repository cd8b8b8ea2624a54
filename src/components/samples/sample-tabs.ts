import { SAMPLE_LANGUAGE_KEY, readSampleChoice, writeSampleChoice } from '../../scripts/sample-choice';
import { sampleStrings } from '../../lib/i18n/first-load';
import { makeSampleStatus } from './sample-status';

/**
 * Without JavaScript every sample in the page is shown, one under the other,
 * each with its label, and a line links to the page of more samples for the
 * others. With it, the samples become an ARIA tablist (arrows, Home, End), the
 * samples not in the page are fetched from that page when their tab is chosen,
 * and the reader's language is remembered across pages and by the 在线调试 panel.
 */
class SampleTabs extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];

  connectedCallback() {
    if (this.dataset['tabbed'] !== undefined) return;
    this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > [data-sample-panel]')];
    if (this.#panels.length < 2) return;
    const tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    tablist.setAttribute('aria-label', sampleStrings.tabsLabel);
    this.#tabs = this.#panels.map((panel) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${panel.id}-tab`;
      tab.textContent = panel.dataset['label'] ?? '';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      return tab;
    });
    tablist.append(...this.#tabs);
    tablist.addEventListener('click', (event) => {
      const index = this.#tabs.indexOf((event.target as Element).closest('[role="tab"]') as HTMLButtonElement);
      if (index >= 0) this.#choose(index);
    });
    tablist.addEventListener('keydown', (event) => this.#onKey(event));
    window.addEventListener('storage', (event) => {
      if (event.key === SAMPLE_LANGUAGE_KEY) this.#select(this.#indexOf(event.newValue));
    });
    this.prepend(tablist);
    // Every sample has its tab now; the line pointing to the others is for readers without JavaScript (and print).
    const more = this.querySelector<HTMLElement>(':scope > [data-sample-more]');
    if (more) more.hidden = true;
    this.dataset['tabbed'] = '';
    this.#select(this.#indexOf(readSampleChoice()));
  }

  #onKey(event: KeyboardEvent) {
    const current = this.#tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const last = this.#tabs.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#choose(next);
    this.#tabs[next]!.focus();
  }

  #choose(index: number) {
    this.#select(index);
    writeSampleChoice(this.#panels[index]!.dataset['samplePanel']!);
  }

  #select(index: number) {
    this.#tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      this.#panels[i]!.hidden = i !== index;
    });
    const panel = this.#panels[index]!;
    const href = this.dataset['allSamplesHref'];
    // The loader comes the first time a sample not in the page is chosen.
    if (panel.dataset['sampleLazy'] !== undefined && href) {
      import('./load-sample').then(
        ({ loadSample }) => loadSample(this, panel, href),
        // The loader itself did not arrive (the browser keeps that failure until a reload): the samples page is one link away.
        () => panel.replaceChildren(makeSampleStatus(sampleStrings.loaderFailed, href)),
      );
    }
  }

  #indexOf(id: string | null | undefined) {
    return Math.max(
      0,
      this.#panels.findIndex((panel) => panel.dataset['samplePanel'] === id),
    );
  }
}

customElements.define('sample-tabs', SampleTabs);
