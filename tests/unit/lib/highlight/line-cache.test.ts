import { createHighlighter, type Highlighter } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheGrammarLines, type LineCacheStats } from '../../../../src/lib/highlight/line-cache';

const THEMES = { light: 'github-light', dark: 'github-dark' } as const;
const LANGS = ['python', 'shellscript', 'json'];

// The same lines in different states: code, then inside a triple-quoted string, then code again.
const PYTHON = ['x = 1  # one', 'text = """', 'x = 1  # one', '"""', 'x = 1  # one'].join('\n');
const SHELL = ['echo "$HOME"', "cat <<'EOF'", 'echo "$HOME"', 'EOF', 'echo "$HOME"'].join('\n');
const JSON_TEXT = ['{', '  "a": [', '    {"b": "c"}', '  ],', '  "d": {"b": "c"}', '}'].join('\n');

let plain: Highlighter;
let cached: Highlighter;
const stats: LineCacheStats = { hits: 0, misses: 0 };

beforeAll(async () => {
  [plain, cached] = await Promise.all([
    createHighlighter({ themes: Object.values(THEMES), langs: LANGS }),
    createHighlighter({ themes: Object.values(THEMES), langs: LANGS }),
  ]);
  for (const lang of LANGS) cacheGrammarLines(cached.getLanguage(lang), 100, stats);
});

// No time limit: on a busy machine Shiki may cut a cold first line short, and only the cache is under test here.
const html = (shiki: Highlighter, code: string, lang: string) =>
  shiki.codeToHtml(code, { lang, themes: THEMES, defaultColor: 'light', tokenizeTimeLimit: 0 });

describe('tokenized lines kept per grammar', () => {
  it('colours code exactly as Shiki alone does, in both themes, the first time and from memory', () => {
    for (const round of [1, 2]) {
      for (const [code, lang] of [
        [PYTHON, 'python'],
        [SHELL, 'shellscript'],
        [JSON_TEXT, 'json'],
      ] as const) {
        expect(html(cached, code, lang), `${lang}, round ${round}`).toBe(html(plain, code, lang));
      }
    }
    expect(stats.hits).toBeGreaterThan(0);
  });

  it('does not colour a line as it did in another state (a string is not code)', () => {
    const lines = html(cached, PYTHON, 'python')
      .replace(/^.*?<code>|<\/code><\/pre>$/g, '')
      .split('\n');
    // In code, `# one` is a comment; inside the string it is string text.
    expect(lines[0]).not.toBe(lines[2]);
    expect(lines[0]).toBe(lines[4]);
  });

  it('answers a line seen again from memory rather than matching the grammar again', () => {
    const code = 'import requests\nprint(requests.get("http://localhost:8080").status_code)';
    html(cached, code, 'python');
    const before = { ...stats };
    expect(html(cached, code, 'python')).toBe(html(plain, code, 'python'));
    expect(stats.misses).toBe(before.misses);
    // Two lines in two themes.
    expect(stats.hits).toBe(before.hits + 4);
  });
});
