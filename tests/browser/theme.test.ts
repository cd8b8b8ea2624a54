import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site';
import { ThemeToggle } from './pages/theme-toggle';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(13, 17, 23)';

const site = useBrowserSite();

async function newPage(colorScheme: 'light' | 'dark' = 'light') {
  const context = await site.browser.newContext({ colorScheme });
  const page = await context.newPage();
  return { context, page, theme: new ThemeToggle(page) };
}

describe('the theme choice', () => {
  it('follows the system until the reader chooses', async () => {
    const { page, theme } = await newPage('dark');
    await page.goto(`${site.url}/`);
    expect(await theme.chosenLabel()).toBe('系统');
    expect(await theme.dataTheme()).toBe(null);
    expect(await theme.background()).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await theme.background()).toBe(LIGHT_BG);
  });

  it('remembers the choice across pages, reloads and tabs, and forgets it for 系统', async () => {
    const { page, theme } = await newPage('light');
    await page.goto(`${site.url}/`);
    await theme.choose('深色');
    expect(await theme.dataTheme()).toBe('dark');
    expect(await theme.background()).toBe(DARK_BG);

    await page.goto(`${site.url}/changelog/`);
    expect(await theme.chosenLabel()).toBe('深色');
    expect(await theme.background()).toBe(DARK_BG);
    await page.reload();
    expect(await theme.background()).toBe(DARK_BG);

    await theme.choose('浅色');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await theme.chosenLabel()).toBe('浅色');
    expect(await theme.background()).toBe(LIGHT_BG);

    const other = new ThemeToggle(await page.context().newPage());
    await other.page.goto(`${site.url}/guides/auth/`);
    expect(await other.chosenLabel()).toBe('浅色');
    await theme.choose('系统');
    await expect.poll(() => other.dataTheme()).toBe(null);
    expect(await other.chosenLabel()).toBe('系统');
    await page.reload();
    expect(await theme.dataTheme()).toBe(null);
    expect(await theme.background()).toBe(DARK_BG);
  });

  it('applies a stored choice before the page body is parsed', async () => {
    const { context, page, theme } = await newPage('light');
    await page.goto(`${site.url}/`);
    await theme.choose('深色');
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
          document.documentElement.dataset['theme'];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe(
      'dark',
    );
  });

  it('switches the highlighted code to its dark colours', async () => {
    const { page, theme } = await newPage('light');
    await page.goto(`${site.url}/api/FlattenVmInstance/`);
    const code = page.locator('.astro-code').first();
    const colours = () => code.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(36, 41, 46)']);
    await theme.choose('深色');
    expect(await colours()).toEqual(['rgb(36, 41, 46)', 'rgb(225, 228, 232)']);
  });
});
