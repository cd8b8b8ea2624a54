import type { Page } from 'playwright-core';
import { POLL_INTERVAL_MS } from '../../../src/lib/request/poll';

/** Page object for the 在线调试 panel of an operation page. */
export class TryItPanel {
  /**
   * `fastForward`: the test installed Playwright's clock in the page (`clock.install()` before
   * loading it), and `send` moves that clock on by one poll interval each time the panel waits
   * to poll a job: the 1 s waits between polls, and so the mock's 2 s jobs, pass at once, and
   * the panel still makes and logs every poll it would.
   */
  constructor(
    readonly page: Page,
    private readonly options: { fastForward?: boolean } = {},
  ) {}

  openButton() {
    return this.page.locator('try-it-panel [data-open]');
  }

  /** The panel's body: only the loading status until the panel is first opened. */
  body() {
    return this.page.locator('try-it-panel #try-it-body');
  }

  async open() {
    await this.toggle();
    await this.page.waitForSelector('try-it-panel[data-ready="true"]', { timeout: 20_000 });
  }

  /** Presses 打开在线调试 / 收起在线调试 without waiting for anything. */
  async toggle() {
    await this.openButton().click();
  }

  /** The panel's status line: 正在加载… while it loads, then hidden, or why it could not be loaded. */
  status() {
    return this.page.locator('try-it-panel [data-loading]');
  }

  async waitForEditor() {
    await this.page.waitForSelector('try-it-panel .monaco-editor', { timeout: 20_000 });
  }

  /** Replaces the body by pasting, as a reader would (typing would trigger auto-closing brackets). */
  async setBody(text: string) {
    await this.waitForEditor();
    await this.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(this.page.url()).origin });
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.locator('try-it-panel .monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  async useMode(mode: 'mock' | 'live') {
    await this.page.locator(`try-it-panel input[name="mode"][value="${mode}"]`).check();
  }

  async logIn(password = 'password') {
    await this.page.locator('try-it-panel [data-login] input[name="password"]').fill(password);
    await this.page.locator('try-it-panel [data-login] button[type="submit"]').click();
    await this.page.waitForFunction(
      () =>
        document.querySelector('[data-session-message]')?.textContent?.startsWith('登录') &&
        !document.querySelector('[data-session-message]')?.textContent?.includes('正在'),
    );
  }

  sessionStatus() {
    return this.page.locator('try-it-panel [data-session-status]').textContent();
  }

  /** The login and paste forms, which the session line replaces once there is a session. */
  sessionForms() {
    return this.page.locator('try-it-panel [data-session-forms]');
  }

  sessionMessage() {
    return this.page.locator('try-it-panel [data-session-message]').textContent();
  }

  /** Presses 退出 and waits for its message. */
  async logOut() {
    await this.page.locator('try-it-panel [data-logout]').click();
    await this.page.waitForFunction(() =>
      /退出|忘记会话/.test(document.querySelector('try-it-panel [data-session-message]')?.textContent ?? ''),
    );
    return this.sessionMessage();
  }

  /** The checked mode ('mock' or 'live') and the chosen endpoint. */
  async target() {
    return {
      mode: await this.page.locator('try-it-panel input[name="mode"]:checked').getAttribute('value'),
      endpoint: await this.page.locator('try-it-panel [data-endpoint]').inputValue(),
    };
  }

  /** The session UUID the panel keeps for this tab. */
  async storedSession(): Promise<string> {
    return JSON.parse((await this.page.evaluate(() => sessionStorage.getItem('zstack-portal.session')))!)
      .uuid as string;
  }

  async send() {
    await this.page.locator('try-it-panel [data-send]').click();
    if (this.options.fastForward) await this.fastForwardPolls();
    return this.waitForResult();
  }

  /** Until the answer is final: after each step the panel logs (a 202 it then polls again), one poll interval on the clock. */
  private async fastForwardPolls() {
    const steps = this.page.locator('try-it-panel [data-progress] li');
    const final = this.page.locator('try-it-panel [data-result-status][data-final]');
    for (let seen = 0; ;) {
      await this.page.waitForFunction(
        (n) =>
          document.querySelectorAll('try-it-panel [data-progress] li').length > n ||
          document.querySelector('try-it-panel [data-result-status][data-final]') !== null,
        seen,
        { timeout: 30_000 },
      );
      if ((await final.count()) > 0) return;
      seen = await steps.count();
      await this.page.clock.fastForward(POLL_INTERVAL_MS);
    }
  }

  async waitForResult() {
    await this.page.waitForSelector('try-it-panel [data-result-status][data-final]', { timeout: 30_000 });
    return {
      status: await this.page.locator('[data-result-status]').getAttribute('data-status'),
      statusLine: await this.page.locator('[data-result-status]').textContent(),
      progress: await this.page.locator('[data-progress] li').allTextContents(),
      body: await this.page.locator('[data-result-body]').textContent(),
      note: (await this.page.locator('[data-expired]').isVisible())
        ? await this.page.locator('[data-expired]').textContent()
        : null,
    };
  }

  diagnostics() {
    return this.page.locator('try-it-panel [data-diagnostics] li').allTextContents();
  }

  sample() {
    return this.page.locator('try-it-panel [data-sample]').textContent();
  }
}
