// <response-examples>: an operation page's long response examples stay on its
// page of every example; the element fetches them as the reader scrolls near
// the section. Without
// JavaScript the line inside it links there.

/** How far ahead of the viewport the examples start to load: well before the reader reaches them. */
const AHEAD = '600px 0px';

class ResponseExamples extends HTMLElement {
  connectedCallback() {
    const href = this.dataset['src'];
    if (!href) return;
    const load = () => {
      import('../samples/load-sample').then(
        ({ loadExamples }) => loadExamples(this, href),
        () => undefined, // the link stays: the examples are one click away
      );
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(this);
  }
}

customElements.define('response-examples', ResponseExamples);
