// Building elements in the browser without parsing HTML, for every script of the site.

/**
 * An element with the given attributes (`true` for a boolean attribute, `false`
 * or undefined for none) and children; strings become text nodes. Attributes go
 * through setAttribute and text through text nodes: nothing is parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** Adds a stylesheet a script brings with it to the page once, under `name`. */
export function ensureStyle(name: string, css: string): void {
  if (document.head.querySelector(`style[data-style="${name}"]`)) return;
  document.head.append(h('style', { 'data-style': name }, css));
}
