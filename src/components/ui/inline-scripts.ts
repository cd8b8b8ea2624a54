import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './theme';

/**
 * The theme choice, applied before the first paint so that a stored choice
 * never flashes the other theme; without storage the system preference applies.
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

/**
 * Every inline script the portal writes into its pages, decided here at build
 * time: only these run (their hashes are in script-src). Text of a description
 * or of MDX content never adds one, whatever it looks like.
 */
export const PORTAL_INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];

/** `'sha256-…'` sources of the portal's inline scripts, for script-src. */
export function getInlineScriptSources(): string[] {
  return PORTAL_INLINE_SCRIPTS.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}
