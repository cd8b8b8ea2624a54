import type { Page } from 'playwright-core';

/** Page object for the outline of an operation page's sections (路径参数 · 请求体 · 响应 · 示例 · 变更历史). */
export class PageOutline {
  constructor(readonly page: Page) {}

  /** The label of the section the outline marks as the one in view, or null. */
  marked() {
    return this.page
      .locator('nav.page-outline a[aria-current]')
      .evaluateAll((links) => links.map((a) => a.textContent).join(',') || null);
  }

  /** Scrolls the section's heading to the top of the viewport, as reading down to it would. */
  async scrollTo(id: string) {
    await this.page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }
}
