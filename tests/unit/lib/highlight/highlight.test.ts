import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_LANGUAGES, highlightAll, TokenClasses } from '../../../../src/lib/highlight/highlight';
import { SAMPLE_LANGUAGES } from '../../../../src/lib/samples';

describe('build-time highlighting', () => {
  it('gives each colour pair one class and a stylesheet rule instead of inline styles on every token', async () => {
    const classes = new TokenClasses('tx');
    const html = (await highlightAll([{ code: '{"a": true, "b": "<script>"}', lang: 'json' }], classes))[0]!;
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark astro-code"/);
    expect(html).not.toMatch(/<span[^>]* style=/);
    expect(html).toContain('&#x3C;script>');
    const css = classes.getCss();
    const used = new Set([...html.matchAll(/class="(tx\w+)"/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(['tx0', 'tx1']);
    for (const name of used)
      expect(css).toMatch(
        new RegExp(`^\\.astro-code \\.${name}\\{color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}\\}$`, 'm'),
      );
  });

  it('falls back to plain text for a language it does not know', async () => {
    // Code any grammar would colour: the fallback leaves it as one uncoloured text node, and no class.
    const classes = new TokenClasses('ty');
    const [html] = await highlightAll([{ code: 'const a = "<b>";', lang: 'no-such-language' }], classes);
    expect(html).toMatch(/<code>const a = "&#x3C;b>";<\/code><\/pre>$/);
    expect(classes.getCss()).toBe('');
  });

  it('loads the language of every sample language, and JSON for the examples', () => {
    expect(HIGHLIGHT_LANGUAGES).toEqual(['shellscript', 'java', 'python', 'javascript', 'go', 'json']);
  });

  it('colours a sample in the language its registry entry names', async () => {
    const go = SAMPLE_LANGUAGES.find((language) => language.id === 'go')!;
    const html = (await highlightAll([{ code: 'package main', lang: go.lang }], new TokenClasses('tz')))[0]!;
    expect(html).toContain('<code><span class="tz0">package</span><span class="tz1"> main</span></code>');
  });
});

describe('build-time highlighting of a sample shown on two pages', () => {
  it('names token classes in the order of the pieces, even when a later piece comes from the cache first', async () => {
    const later = 'zstack-cli LogInByAccount accountName=admin';
    await highlightAll([{ code: later, lang: 'shellscript' }], new TokenClasses('tp'));
    const classes = new TokenClasses('tq');
    const [first, second] = await highlightAll(
      [
        { code: '{"uuidOrder": 1}', lang: 'json' },
        { code: later, lang: 'shellscript' },
      ],
      classes,
    );
    expect(first).toContain('<span class="tq0">"uuidOrder"</span>');
    expect(second).not.toContain('class="tq0"');
  });

  it('gives each page its own classes for the same markup', async () => {
    const code = 'curl -X PUT -H "Authorization: OAuth <session-uuid>" http://localhost:8080/zstack/v1/vm-instances';
    const page = new TokenClasses('ta');
    const samplesPage = new TokenClasses('ts');
    const first = (await highlightAll([{ code, lang: 'shellscript' }], page))[0]!;
    const second = (await highlightAll([{ code, lang: 'shellscript' }], samplesPage))[0]!;
    expect(second).toBe(first.replace(/class="ta(\w+)"/g, 'class="ts$1"'));
    expect(samplesPage.getCss()).toBe(page.getCss().replace(/\.ta(\w+)\{/g, '.ts$1{'));
  });
});
