import { tokenizeJson } from '../../lib/request/json-tokens';

export function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { text?: string; className?: string } = {}, children: Node[] = []) {
  return h(tag, { class: props.className || undefined }, ...(props.text ? [props.text] : []), ...children);
}

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

/** Fills a <pre> with highlighted JSON, as text nodes only. */
export function renderJson(pre: HTMLElement, text: string, isJson: boolean) {
  pre.replaceChildren();
  if (!isJson) {
    pre.textContent = text;
    return;
  }
  for (const token of tokenizeJson(text)) {
    pre.append(
      token.kind === 'text' || token.kind === 'punctuation'
        ? document.createTextNode(token.text)
        : el('span', { text: token.text, className: `tok-${token.kind}` }),
    );
  }
}
