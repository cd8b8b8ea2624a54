import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site';
import { TryItPanel } from './pages/try-it-panel';

// tests/fixtures/corpus/length-limits.yaml: constraints whose validators call ajv's runtime helpers.
const LIMITED = '/api/CreateLimitedThing/';

const site = useBrowserSite({ edge: true });

async function openPanel() {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url + LIMITED);
  const panel = new TryItPanel(page);
  await panel.open();
  await panel.waitForEditor();
  await panel.useMode('mock');
  return { page, panel, errors };
}

describe('the browser validators of lengths, object enums and unique items', () => {
  it('accepts the example: the mock answers 200 with no page error', async () => {
    const { panel, errors } = await openPanel();
    const result = await panel.send();
    expect(result.status, result.body ?? '').toBe('200');
    expect(JSON.parse(result.body!)).toEqual({ inventory: { name: '圆桌' } });
    expect(errors).toEqual([]);
  });

  it('refuses a name too long in characters, repeated items and a value outside an enum of objects', async () => {
    const { page, panel, errors } = await openPanel();
    // The mock names the first fault as ZStack does: 400 with the field's path, or (a value outside an enum)
    // 503 SYS.1007 with the field's name; never 200, nor 500 from a validator that failed to run.
    for (const [params, status, field] of [
      [{ name: '一二三四五六七八九' }, '400', '[params.name]'],
      [{ name: '圆桌', tags: [{ a: 1 }, { a: 1 }] }, '400', '[params.tags]'],
      [{ name: '圆桌', shape: { kind: 'oval' } }, '503', 'field[shape]'],
    ] as const) {
      await panel.setBody(JSON.stringify({ params }));
      const result = await panel.send();
      expect(result.status, JSON.stringify(params) + (result.body ?? '')).toBe(status);
      expect(result.body).toContain(field);
      // The server's one-line message is read in the panel's width, not by scrolling sideways.
      const box = await page.locator('[data-result-body]').evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(box[0], JSON.stringify(params)).toBeLessThanOrEqual(box[1]!);
    }
    // A character outside the BMP (two UTF-16 code units) counts once: eight characters pass.
    await panel.setBody(JSON.stringify({ params: { name: '一二三四五六七𠀀' } }));
    expect((await panel.send()).status).toBe('200');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
