import type { Page } from 'playwright-core';

/** Page object for an operation reference page. */
export class OperationPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(operationId: string, hash = '') {
    await this.page.goto(`${this.baseUrl}/api/${operationId}/${hash}`);
    await this.page.waitForLoadState('load');
  }

  /** Collapses every level of the response trees with their 全部折叠 button. */
  async collapseResponses() {
    await this.page.locator('#responses-title ~ .tree-toolbar [data-tree-toggle="collapse"]').click();
  }

  row(id: string) {
    return this.page.locator(`[id="${id}"]`);
  }

  async isInViewport(id: string) {
    return this.row(id).evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
  }

  // Request samples: the page of every sample, and one sample's tab panel.

  /** Opens the operation's page of every request sample (/api/<id>/samples/). */
  async openSamples(operationId: string) {
    await this.page.goto(`${this.baseUrl}/api/${operationId}/samples/`);
    await this.page.waitForLoadState('load');
  }

  /** The figure of one sample, by its language id (curl, java-sdk, go …): a tab panel once JavaScript has made the tabs. */
  samplePanel(id: string) {
    return this.page.locator(`[id="sample-${id}-panel"]`);
  }

  /** Presses Tab until the element matching the selector has focus. */
  async tabTo(selector: string, max = 400) {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`could not reach ${selector} with Tab`);
  }
}
