import { createHash } from 'node:crypto';

/**
 * Highlighted markup by (language, code), kept until the markup held passes
 * `maxChars` and then dropped least recently used first: a sample many
 * operations share, and every sample the operation page and its samples page
 * both show, is highlighted once per build in a bounded amount of memory.
 * Keys are hashes, so a long example is not held twice. A Map keeps insertion
 * order, which is all a least-recently-used list needs here.
 */
export class HighlightCache {
  readonly #entries = new Map<string, string>();
  #chars = 0;

  constructor(private readonly maxChars: number) {}

  /** The markup cached for `code` in `lang`, or what `make` returns (cached for next time). */
  async getOrMake(lang: string, code: string, make: () => Promise<string> | string): Promise<CacheAnswer> {
    const key = createHash('sha256').update(lang).update('\0').update(code).digest('base64');
    const cached = this.#entries.get(key);
    if (cached !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return { html: cached, cached: true };
    }
    const html = await make();
    this.#entries.set(key, html);
    this.#chars += html.length;
    for (const [oldKey, oldHtml] of this.#entries) {
      if (this.#chars <= this.maxChars || oldKey === key) break;
      this.#entries.delete(oldKey);
      this.#chars -= oldHtml.length;
    }
    return { html, cached: false };
  }

  /** How many highlights are held, and their markup's length in characters. */
  get size(): { entries: number; chars: number } {
    return { entries: this.#entries.size, chars: this.#chars };
  }
}

export interface CacheAnswer {
  html: string;
  /** Whether the markup came from the cache rather than from `make`. */
  cached: boolean;
}
