/**
 * README's screenshot: the FlattenVmInstance page of a built portal in headless
 * Chromium, light theme, 1440 px wide, as public/screenshots/flatten-vm-instance.webp.
 *
 *   npm run build && npx tsx scripts/screenshot.ts [build directory, default dist]
 *
 * Chinese text needs a CJK font on the machine (Debian: apt-get install fonts-noto-cjk).
 * Playwright writes PNG or JPEG only; the browser's own canvas encodes WebP, which
 * keeps this page's text sharp at a tenth of the PNG's size.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser';
import { startSite } from '../tests/support/server';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = resolve(ROOT, 'public/screenshots/flatten-vm-instance.webp');
const VIEWPORT = { width: 1440, height: 900 };
const WEBP_QUALITY = 0.85;
const MAX_BYTES = 200 * 1024;

const site = await startSite(resolve(ROOT, process.argv[2] ?? 'dist'));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${site.url}/api/FlattenVmInstance/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ type: 'png' });
  // In a blank page: the portal's Content Security Policy rightly allows no such work.
  const blank = await context.newPage();
  const webp = await blank.evaluate(
    async ({ base64, quality }) => {
      const image = await createImageBitmap(
        new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(image.width, image.height);
      canvas.getContext('2d')!.drawImage(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    { base64: png.toString('base64'), quality: WEBP_QUALITY },
  );
  if (webp.length > MAX_BYTES) throw new Error(`the screenshot is ${webp.length} bytes, over ${MAX_BYTES}`);
  await mkdir(resolve(OUT, '..'), { recursive: true });
  await writeFile(OUT, Uint8Array.from(webp));
  console.log(
    `${OUT}: ${VIEWPORT.width}×${VIEWPORT.height}, ${(webp.length / 1024).toFixed(1)} KiB (PNG ${(png.length / 1024).toFixed(1)} KiB)`,
  );
} finally {
  await browser.dispose();
  await site.close();
}
