import { addStepRun, countStep, timeStep } from '../build-stats';
import { HighlightCache } from './highlight-cache';
import { HIGHLIGHT_THREAD_VARIABLE, HighlightThread } from './highlight-thread';
import { ensureHighlighter, HIGHLIGHT_LANGUAGES, renderHighlighted } from './render';
import { TokenClasses } from './token-classes';

export { HIGHLIGHT_LANGUAGES, TokenClasses };

/**
 * About 64 MiB of markup (JavaScript strings hold UTF-16): a 5,000-operation
 * build's distinct samples do not all fit, but an operation's samples are
 * found again when its samples page follows and when operations share them.
 */
const CACHE_CHARS = 32 * 1024 * 1024;

const cache = new HighlightCache(CACHE_CHARS);
let thread: HighlightThread | undefined;

/**
 * Highlights code at build time, as Astro's <Code> would (same themes and markup), but with
 * token colours as classes collected per page. The pieces are highlighted together, and their
 * classes given in the order of `items` whichever is done first, so that every build names them
 * alike. The same code in the same language is highlighted once (see HighlightCache).
 */
export async function highlightAll(
  items: ReadonlyArray<{ code: string; lang: string }>,
  classes: TokenClasses,
): Promise<string[]> {
  const htmls = await Promise.all(items.map((item) => highlightRaw(item.code, item.lang)));
  return htmls.map((html) => classes.apply(html));
}

async function highlightRaw(code: string, lang: string): Promise<string> {
  const { html, cached } = await cache.getOrMake(lang, code, async () => {
    const fromThread = await getThread()?.highlight(code, lang);
    if (!fromThread) {
      if (thread?.failure !== undefined) countStep('highlight-fallback');
      return timeStep('highlight', async () => renderHighlighted(await ensureHighlighter(), code, lang));
    }
    // The thread's own time: the time waited for it overlaps the other pages' waits.
    addStepRun('highlight', fromThread.ms);
    return fromThread.html;
  });
  if (cached) countStep('highlight-cached');
  return html;
}

function getThread(): HighlightThread | undefined {
  const root = process.env[HIGHLIGHT_THREAD_VARIABLE];
  if (root) thread ??= new HighlightThread(root);
  return thread;
}
