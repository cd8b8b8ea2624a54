// Progressive enhancement of the static reference pages: everything here is
// optional; with JavaScript off every tree is open and every row readable.

import { h } from './dom';
import { siteStrings as t } from '../lib/i18n/first-load';

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button') : null;
  if (!target) return;
  if (target.dataset['copyLink'] !== undefined) {
    const url = new URL(location.href);
    url.hash = target.dataset['copyLink'];
    void copy(target, url.toString());
  } else if (target.dataset['copyTarget'] !== undefined) {
    const source = document.getElementById(target.dataset['copyTarget']);
    // A highlighted sample: its <pre> holds exactly the code, one line per line.
    void copy(target, source?.textContent ?? '');
  } else if (target.dataset['copyUrl'] !== undefined) {
    void copy(target, new URL(target.dataset['copyUrl'], location.href).toString());
  } else if (target.dataset['treeToggle'] !== undefined) {
    const open = target.dataset['treeToggle'] === 'expand';
    const scope = target.closest('[data-tree-scope]') ?? document;
    scope.querySelectorAll('details.field-children').forEach((d) => ((d as HTMLDetailsElement).open = open));
  }
});

for (const toolbar of document.querySelectorAll<HTMLElement>('[data-enhanced-only]')) toolbar.hidden = false;
window.addEventListener('hashchange', () => revealTarget(true));
// The browser has already scrolled to a deep link's row and marks it :target. The buttons beside
// every row and the check of that row wait until the first frame is on screen: done now, they
// would make the browser lay the whole page out again before showing it.
afterFirstFrame(() => {
  addCopyLinkButtons();
  revealTarget(false);
});

function afterFirstFrame(task: () => void) {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Puts a 复制链接 button at the end of every field's head (the field's name is
 * its link). They are added here, not in the HTML: without JavaScript they
 * could not copy, and the page stays lighter.
 */
function addCopyLinkButtons() {
  for (const head of document.querySelectorAll<HTMLElement>('.field > .field-head')) {
    const id = head.parentElement!.id;
    const label = h('span', { class: 'copy-label' }, t.copyLink);
    head.append(
      h(
        'button',
        { type: 'button', class: 'copy-link', 'data-copy-link': id, 'aria-label': t.copyFieldLink(id) },
        label,
      ),
    );
  }
}

/** Opens every collapsed level above the linked row, scrolls to it and highlights it. */
function revealTarget(scroll: boolean) {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const row = document.getElementById(id);
  if (!row) return;
  for (let node: Element | null = row; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  document.querySelectorAll('.is-highlighted').forEach((n) => n.classList.remove('is-highlighted'));
  row.classList.add('is-highlighted');
  if (scroll || !isInViewport(row)) row.scrollIntoView({ block: 'center' });
  // Sections that skip rendering while off screen (content-visibility) take their real height as they come
  // near the viewport, which can push the row away again: check once the next frames have settled.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => !isInViewport(row) && row.scrollIntoView({ block: 'center' })),
  );
}

function isInViewport(el: Element) {
  const rect = el.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

async function copy(button: HTMLButtonElement, text: string) {
  const label = button.querySelector('.copy-label') ?? button;
  const original = label.textContent;
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = fallbackCopy(text);
  }
  label.textContent = ok ? t.copied : t.copyFailed;
  button.dataset['copied'] = String(ok);
  setTimeout(() => {
    label.textContent = original;
    delete button.dataset['copied'];
  }, 1500);
}

function fallbackCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}
