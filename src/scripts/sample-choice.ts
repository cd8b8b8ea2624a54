/** Where the reader's choice of sample language is kept. */
export const SAMPLE_LANGUAGE_KEY = 'zstack-portal.sample-language';

/**
 * The reader's sample language, shared by the samples of every page and the
 * 在线调试 panel. Storage can be unavailable (blocked cookies, private modes):
 * the choice then lasts for this page only.
 */
export function readSampleChoice(): string | null {
  try {
    return localStorage.getItem(SAMPLE_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

export function writeSampleChoice(id: string): void {
  try {
    localStorage.setItem(SAMPLE_LANGUAGE_KEY, id);
  } catch {
    // Nothing to remember with.
  }
}
