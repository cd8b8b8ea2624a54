import type { Page } from 'playwright-core';

/** Page object for the sidebar of operations by category (site-nav). */
export class Sidebar {
  constructor(readonly page: Page) {}

  readonly filterBox = () => this.page.getByLabel('筛选接口（中文名或 API 名）');
  readonly toggle = () => this.page.locator('[data-nav-toggle]');
  readonly status = () => this.page.locator('[data-nav-status]');

  /** Types into the filter key by key, as a reader would, and waits until the list has answered. */
  async filter(text: string) {
    await this.filterBox().click();
    await this.filterBox().pressSequentially(text);
    await this.page.waitForFunction(() => document.querySelector('[data-nav-status]')?.textContent !== '');
  }

  /** The operation links the reader can see in the sidebar, by their text. */
  visibleOperations() {
    return this.page
      .locator('site-nav .nav-ops a:visible')
      .evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href'), title: a.firstChild?.textContent ?? '' })),
      );
  }

  current() {
    return this.page.locator('site-nav a[aria-current="page"]').getAttribute('href');
  }
}
