import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { TokenClasses } from './token-classes';

const THEMES = { light: 'github-light', dark: 'github-dark' } as const;
const LANGS: BundledLanguage[] = ['shellscript', 'java', 'python', 'javascript', 'go', 'json'];

let highlighter: Promise<Highlighter> | undefined;

function ensureHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGS });
  return highlighter;
}

/**
 * Highlights code at build time, as Astro's <Code> would (same themes and
 * markup), but with token colours as classes collected per page.
 */
export async function highlightCode(code: string, lang: string, classes: TokenClasses): Promise<string> {
  const shiki = await ensureHighlighter();
  const language = shiki.getLoadedLanguages().includes(lang) ? lang : 'text';
  return shiki.codeToHtml(code, { lang: language, themes: THEMES, defaultColor: 'light', transformers: [classes.transformer, astroCodeClass] });
}

const astroCodeClass = {
  name: 'zstack-astro-code',
  pre(node: { properties: Record<string, unknown> }) {
    const current = node.properties['class'];
    node.properties['class'] = `${typeof current === 'string' ? current : ''} astro-code`.trim();
  },
};

export { TokenClasses };
