/**
 * Screenshots of the reference as a reader sees it: the FlattenVmInstance page
 * and the index, light and dark, at 1440, 1024 and 375 px wide, from a build
 * (`npm run build` first; SITE_DIR picks another build's directory). Written to
 * bench/screenshots/ (not committed) for a person to look at: layout changes
 * are judged there, not guessed.
 *
 *   npx tsx bench/screenshots.ts [path …]
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser';
import { startSite } from '../tests/support/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, 'bench/screenshots');
const WIDTHS = [1440, 1024, 375];
const THEMES = ['light', 'dark'] as const;
const PAGES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/api/FlattenVmInstance/', '/'];

const site = await startSite(resolve(ROOT, process.env['SITE_DIR'] ?? 'dist'));
const browser = await launchBrowser();
try {
  await mkdir(OUT, { recursive: true });
  for (const path of PAGES) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 812 : 900 },
          colorScheme: theme,
          isMobile: width < 600,
        });
        const page = await context.newPage();
        await page.goto(site.url + path);
        await page.waitForLoadState('load');
        const name = `${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '') || 'index'}-${width}-${theme}`;
        await page.screenshot({ path: `${OUT}/${name}.png` });
        // Scrolled into the fields: the sticky column and the outline where a reader spends time.
        await page.evaluate(() => document.getElementById('responses-title')?.scrollIntoView());
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}/${name}-fields.png` });
        await context.close();
        console.log(`${name}.png`);
      }
    }
  }
} finally {
  await browser.dispose();
  await site.close();
}
