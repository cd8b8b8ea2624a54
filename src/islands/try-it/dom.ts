import { tokenizeJson } from '../../lib/request/json-tokens';
import { h } from '../../scripts/dom';

export { h };

export function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; className?: string } = {},
  children: Node[] = [],
) {
  return h(tag, { class: props.className || undefined }, ...(props.text ? [props.text] : []), ...children);
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
