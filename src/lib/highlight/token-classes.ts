/** A token span as Shiki writes it: its colours inline, and nothing else (see highlightAll). */
const TOKEN_SPAN = /<span style="([^"]*)">/g;

/**
 * Replaces the inline styles Shiki puts on every token span with short
 * classes, so a page carries each colour pair once (in a <style>) instead of
 * once per token. It works on the markup rather than inside Shiki, so one
 * highlight (cached) serves pages whose classes differ.
 */
export class TokenClasses {
  readonly #classes = new Map<string, string>();

  /** @param prefix keeps the classes of two collections on one page apart. */
  constructor(private readonly prefix: string) {}

  /** `html` with each token span's style turned into this collection's class for it. */
  apply(html: string): string {
    return html.replace(TOKEN_SPAN, (_, style: string) => {
      let name = this.#classes.get(style);
      if (!name) {
        name = `${this.prefix}${this.#classes.size.toString(36)}`;
        this.#classes.set(style, name);
      }
      return `<span class="${name}">`;
    });
  }

  /** The stylesheet for every class handed out so far. */
  getCss(): string {
    return [...this.#classes].map(([style, name]) => `.astro-code .${name}{${style.replace(/[<>]/g, '')}}`).join('\n');
  }
}
