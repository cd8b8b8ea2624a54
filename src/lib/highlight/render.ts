import { createHighlighter, type BundledLanguage, type Highlighter, type ShikiTransformer } from 'shiki';
import { SAMPLE_LANGUAGES } from '../samples';
import { cacheGrammarLines } from './line-cache';

/** A child of Shiki's <code> element (hast), as its transformers see it. */
type ElementContent = Parameters<NonNullable<ShikiTransformer['code']>>[0]['children'][number];

const THEMES = { light: 'github-light', dark: 'github-dark' } as const;
/** The samples' languages, and JSON for the response examples. */
export const HIGHLIGHT_LANGUAGES: BundledLanguage[] = [
  ...new Set<BundledLanguage>([...SAMPLE_LANGUAGES.map((language) => language.lang), 'json']),
];

/**
 * Tokenized lines kept per grammar (see cacheGrammarLines): the lines samples
 * share recur within every few operations, so a few thousand hold them all; the
 * rest are a sample's own names and values, seen once or twice.
 */
const CACHED_LINES = 5000;

/**
 * How long Shiki may spend on one line before it leaves the rest of the line
 * uncoloured. Its default (500 ms) is measured on the clock, and on a busy
 * build machine a line can wait that long for a core: a build then coloured
 * one line of one sample differently (in one theme only) from the next build.
 * A runaway pattern is still cut, after 10 seconds.
 */
const LINE_TIME_LIMIT_MS = 10_000;

let highlighter: Promise<Highlighter> | undefined;

export function ensureHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: HIGHLIGHT_LANGUAGES }).then((shiki) => {
    for (const lang of HIGHLIGHT_LANGUAGES) cacheGrammarLines(shiki.getLanguage(lang), CACHED_LINES);
    return shiki;
  });
  return highlighter;
}

/**
 * Code highlighted as Astro's <Code> would (same themes and markup), with each token's colours
 * inline (TokenClasses turns them into classes per page). A language not loaded is plain text.
 */
export function renderHighlighted(shiki: Highlighter, code: string, lang: string): string {
  const language = shiki.getLoadedLanguages().includes(lang) ? lang : 'text';
  return shiki.codeToHtml(code, {
    lang: language,
    themes: THEMES,
    defaultColor: 'light',
    tokenizeTimeLimit: LINE_TIME_LIMIT_MS,
    transformers: [
      dropPlainTokenColour(shiki.getTheme(THEMES.light).fg, shiki.getTheme(THEMES.dark).fg),
      readableDarkComments,
      astroCodeClass,
      unwrapLines,
    ],
  });
}

/**
 * A token in the theme's own text colour (brackets, commas, plain words) needs
 * no span of its own: the <pre> already has that colour, in both themes.
 */
function dropPlainTokenColour(light: string, dark: string): ShikiTransformer {
  const plain = `color:${light};--shiki-dark:${dark}`.toLowerCase();
  return {
    name: 'zstack-plain-token-colour',
    span(node) {
      if (String(node.properties['style'] ?? '').toLowerCase() === plain) delete node.properties['style'];
    },
  };
}

/**
 * github-dark colours comments #6A737D, 3.0:1 on its background (#24292e), below
 * WCAG AA's 4.5:1 (axe flags the zstack-cli sample's first line); #8B949E, the
 * comment colour of GitHub's later dark theme, is 4.7:1.
 */
const readableDarkComments: ShikiTransformer = {
  name: 'zstack-readable-dark-comments',
  span(node) {
    const style = node.properties['style'];
    if (typeof style === 'string')
      node.properties['style'] = style.replace(/--shiki-dark:#6a737d/i, '--shiki-dark:#8B949E');
  },
};

/**
 * Shiki wraps every line in <span class="line">; nothing here styles or numbers
 * lines, and the newlines between them are text already, so the tokens go
 * straight into <code>, and a token left without a class (see above) becomes
 * plain text: a page carries a few kilobytes less.
 */
const unwrapLines: ShikiTransformer = {
  name: 'zstack-unwrap-lines',
  code(node) {
    const isLine = (child: ElementContent) =>
      child.type === 'element' &&
      String(child.properties['class'] ?? '')
        .split(' ')
        .includes('line');
    const isBare = (child: ElementContent) =>
      child.type === 'element' && child.tagName === 'span' && Object.keys(child.properties).length === 0;
    const unwrap = (children: ElementContent[], test: (child: ElementContent) => boolean) =>
      children.flatMap((child) => (child.type === 'element' && test(child) ? child.children : [child]));
    node.children = unwrap(unwrap(node.children, isLine), isBare);
  },
};

const astroCodeClass = {
  name: 'zstack-astro-code',
  pre(node: { properties: Record<string, unknown> }) {
    const current = node.properties['class'];
    node.properties['class'] = `${typeof current === 'string' ? current : ''} astro-code`.trim();
  },
};
