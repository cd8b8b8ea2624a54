import type { Page } from 'playwright-core';

/** Page object for the header's search dialog. */
export class SearchDialog {
  constructor(readonly page: Page) {}

  readonly dialog = () => this.page.locator('dialog[data-search-dialog]');
  readonly input = () => this.page.getByLabel('操作、字段或指南（中文或英文）');

  /** Whether the dialog is open, as a modal (it does not exist until the search is first opened). */
  async isOpen() {
    if ((await this.dialog().count()) === 0) return false;
    return this.dialog().evaluate((el) => (el as HTMLDialogElement).open && el.matches(':modal'));
  }

  async openWithShortcut(keys: string) {
    await this.page.keyboard.press(keys);
    await this.dialog().waitFor({ state: 'visible' });
  }

  /** Types a query and waits until the list holds all its results (a field query's rows come before the guides). */
  async search(query: string) {
    await this.input().fill(query);
    await this.page.waitForFunction(
      (q) => {
        const list = document.querySelector<HTMLElement>('[data-search-results]');
        return list?.dataset['query'] === q && !list.hasAttribute('aria-busy');
      },
      query,
      { timeout: 15_000 },
    );
    return this.results();
  }

  /** Moves to a result with the arrow keys, as a keyboard user would, and follows it. */
  async follow(href: string) {
    const at = (await this.results()).findIndex((r) => r.href === href);
    if (at === -1) throw new Error(`no result links to ${href}`);
    await this.input().focus();
    for (let i = 0; i <= at; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }

  /**
   * How long the last search for `query` took, in ms, from the keystroke to its results in the dialog: the
   * dialog's User Timing entry (SEARCH_MEASURE in src/components/ui/search-element.ts).
   */
  lastTiming(query: string) {
    return this.page.evaluate(
      (q) =>
        performance
          .getEntriesByName('site-search:results')
          .filter((entry) => (entry as PerformanceMeasure).detail === q)
          .at(-1)?.duration,
      query,
    );
  }

  results() {
    return this.page.locator('[data-search-results] a').evaluateAll((links) =>
      links.map((a) => ({
        href: new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
        text: a.textContent ?? '',
      })),
    );
  }

  status() {
    return this.page.locator('[data-search-status]').textContent();
  }
}
