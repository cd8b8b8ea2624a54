import type { ShikiTransformer } from 'shiki';

/**
 * Collects the inline styles Shiki puts on every token span and replaces them
 * with short classes, so a page carries each colour pair once (in a <style>)
 * instead of once per token.
 */
export class TokenClasses {
  readonly #classes = new Map<string, string>();

  /** @param prefix keeps the classes of two collections on one page apart. */
  constructor(private readonly prefix: string) {}

  get transformer(): ShikiTransformer {
    const classes = this.#classes;
    const prefix = this.prefix;
    return {
      name: 'zstack-token-classes',
      span(node) {
        const style = node.properties['style'];
        if (typeof style !== 'string' || style === '') return;
        let name = classes.get(style);
        if (!name) {
          name = `${prefix}${classes.size.toString(36)}`;
          classes.set(style, name);
        }
        delete node.properties['style'];
        this.addClassToHast(node, name);
      },
    };
  }

  /** The stylesheet for every class handed out so far. */
  getCss(): string {
    return [...this.#classes].map(([style, name]) => `.astro-code .${name}{${style.replace(/[<>]/g, '')}}`).join('\n');
  }
}
