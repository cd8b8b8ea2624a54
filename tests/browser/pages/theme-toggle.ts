import type { Page } from 'playwright-core';

/** Page object for the header's theme choice (系统/浅色/深色). */
export class ThemeToggle {
  constructor(readonly page: Page) {}

  readonly select = () => this.page.getByLabel('主题');

  async choose(label: '系统' | '浅色' | '深色') {
    await this.select().selectOption({ label });
  }

  async chosenLabel() {
    return this.select().evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  dataTheme() {
    return this.page.evaluate(() => document.documentElement.dataset['theme'] ?? null);
  }

  background() {
    return this.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  }
}
