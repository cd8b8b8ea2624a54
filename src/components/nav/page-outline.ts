// The on-page outline (路径参数 · 请求体 · 响应 · 示例 · 变更历史) marks the section the
// reader is in: the last whose heading has passed the upper third of the
// viewport. An IntersectionObserver reports headings crossing that line, so
// nothing runs while the reader scrolls within a section.

const LINE = '0px 0px -67% 0px';

function start(outline: HTMLElement) {
  const links = [...outline.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const mark = () => {
    const line = innerHeight / 3;
    let active = -1;
    targets.forEach((target, i) => {
      // In the sticky column of a wide screen a section is always in view: it is no place in the page's flow.
      if (!target || isSticky(target)) return;
      if (target.getBoundingClientRect().top <= line) active = i;
    });
    // At the very end of the page the last sections may never reach the line.
    if (innerHeight + scrollY >= document.scrollingElement!.scrollHeight - 2) {
      const last = targets.findLastIndex((t) => t && !isSticky(t));
      if (last > active) active = last;
    }
    links.forEach((a, i) =>
      i === active ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current'),
    );
  };
  const observer = new IntersectionObserver(mark, { rootMargin: LINE, threshold: [0, 1] });
  for (const target of targets) if (target) observer.observe(target);
  addEventListener('scrollend', mark);
}

function isSticky(el: Element) {
  const aside = el.closest('.op-aside');
  return aside !== null && getComputedStyle(aside).position === 'sticky';
}

for (const outline of document.querySelectorAll<HTMLElement>('[data-page-outline]')) start(outline);
