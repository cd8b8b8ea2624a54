// Progressive enhancement of the static reference pages: everything here is
// optional; with JavaScript off every tree is open and every row readable.

import { h } from './dom';
import { siteStrings as t } from '../lib/i18n/first-load';

/** How long a deep link's row is held in place at most, in milliseconds (see holdInView). */
const HOLD_MS = 3000;
/** What ends the hold: the reader scrolling, clicking or typing. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
let releaseHold: (() => void) | undefined;

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
  // The row's place is taken before the buttons widen the rows, so that the hold keeps it there.
  revealTarget(false);
  addCopyLinkButtons();
});

function afterFirstFrame(task: () => void) {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Puts a 复制链接 button at the end of every field's head (the field's name is
 * its link). They are added here, not in the HTML: without JavaScript they
 * could not copy, and the page stays lighter. A link icon (global.css): its
 * name is its aria-label, and it holds words only while it reports 已复制.
 */
function addCopyLinkButtons() {
  for (const head of document.querySelectorAll<HTMLElement>('.field > .field-head')) {
    const id = head.parentElement!.id;
    head.append(
      h('button', { type: 'button', class: 'copy-link', 'data-copy-link': id, 'aria-label': t.copyFieldLink(id) }),
    );
  }
}

/** Opens every collapsed level above the linked row, scrolls to it and highlights it. */
function revealTarget(scroll: boolean) {
  const id = decodeURIComponent(location.hash.slice(1));
  document.querySelector('[data-target-missing]')?.remove();
  if (!id) return;
  const row = document.getElementById(id);
  if (!row) {
    // Said, not left to a page that silently stays at its top.
    const notice = h(
      'p',
      { class: 'note target-missing', role: 'status', 'data-target-missing': '' },
      t.targetMissing(id),
    );
    document.querySelector('main h1')?.after(notice);
    return;
  }
  for (let node: Element | null = row; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  document.querySelectorAll('.is-highlighted').forEach((n) => n.classList.remove('is-highlighted'));
  document.querySelectorAll('.field-path').forEach((n) => n.remove());
  row.classList.add('is-highlighted');
  if (row.classList.contains('field')) addFieldPath(row);
  // The row's own line: a row with nested fields is taller than the screen, and centring all of it would put its
  // name far above the viewport.
  const line = row.querySelector(':scope > .field-head') ?? row;
  if (scroll || !isInViewport(line)) line.scrollIntoView({ block: 'center' });
  // On landing the page is still settling; a later link (hashchange) only needs a check once the frames after the
  // scroll have laid out the levels that came near.
  if (!scroll) holdInView(line);
  else
    requestAnimationFrame(() =>
      requestAnimationFrame(() => !isInViewport(line) && line.scrollIntoView({ block: 'center' })),
    );
}

/**
 * Says where a linked row is: a reader who lands on `lastVmInstanceUuid` by a link sees the row, but not the
 * levels above it, scrolled out of view. A line under the row's head names them, each a link to its own row:
 * 位于 inventory › allVolumes › lastVmInstanceUuid. Added here and only to the linked row: the levels are in
 * the row's id already, and every row carrying its path in the HTML would weigh on every page.
 */
function addFieldPath(row: HTMLElement) {
  const levels: HTMLElement[] = [];
  for (let node = row.parentElement?.closest<HTMLElement>('.field'); node; node = node.parentElement?.closest('.field'))
    levels.unshift(node);
  if (levels.length === 0) return;
  const name = (el: HTMLElement) => el.querySelector(':scope > .field-head > .field-name')?.textContent ?? el.id;
  const items = levels.map((level) => h('li', {}, h('a', { href: `#${level.id}` }, name(level))));
  items.push(h('li', { 'aria-current': 'location' }, name(row)));
  const path = h('nav', { class: 'field-path', 'aria-label': t.fieldPath }, t.fieldPathLead, h('ol', {}, ...items));
  row.querySelector(':scope > .field-head')?.after(path);
}

/**
 * Keeps the linked row's line where it landed while the page around it settles, until the reader scrolls or
 * presses anything. Levels that skipped layout (content-visibility) take their real height as they come near
 * the viewport, and the 复制链接 buttons widen the rows: the browser's scroll anchoring follows the element at
 * the top of the screen, and when that element is the one that grew (a level above the row, whose height was a
 * guess), the row is pushed down by the difference. A ResizeObserver runs after layout and before paint, so
 * the correction is never seen.
 */
function holdInView(line: Element) {
  releaseHold?.();
  const top = line.getBoundingClientRect().top;
  const observer = new ResizeObserver(() => {
    const drift = line.getBoundingClientRect().top - top;
    if (Math.abs(drift) >= 1) window.scrollBy({ top: drift, behavior: 'instant' });
  });
  observer.observe(document.body);
  const timer = setTimeout(() => releaseHold?.(), HOLD_MS);
  const release = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_INPUT) removeEventListener(type, release, true);
    releaseHold = undefined;
  };
  for (const type of READER_INPUT) addEventListener(type, release, { capture: true, passive: true });
  releaseHold = release;
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
