// The samples an operation page leaves out (zstack-cli and the generic clients)
// live in its page of more samples, built from the same components. A tab of
// one of them fetches that page once, and moves the sample's nodes over: the
// markup is our own build's, escaped by Astro, and is never parsed from a
// string into this document.

import { sampleStrings as MESSAGES } from '../../lib/i18n/first-load';
import { makeSampleStatus } from './sample-status';

const pages = new Map<string, Promise<Document>>();

/**
 * Fills `panel`, an empty tab panel of `host`, with the figure of the same id in
 * the page at `href`, and that page's token colours. A failure can be retried by
 * choosing the tab again.
 */
export async function loadSample(host: HTMLElement, panel: HTMLElement, href: string): Promise<void> {
  const state = panel.dataset['sampleState'];
  if (state === 'loading' || state === 'loaded') return;
  panel.dataset['sampleState'] = 'loading';
  panel.replaceChildren(makeSampleStatus(MESSAGES.loading));
  try {
    const page = await getPage(href);
    const figure = page.getElementById(panel.id);
    if (!figure?.querySelector('pre') || figure.dataset['samplePanel'] !== panel.dataset['samplePanel'])
      throw new Error(`no sample ${panel.id} in ${href}`);
    addTokenStyles(host, page);
    panel.replaceChildren(...[...figure.childNodes].map((node) => document.importNode(node, true)));
    panel.dataset['sampleState'] = 'loaded';
  } catch {
    panel.replaceChildren(makeSampleStatus(MESSAGES.failed, href));
    panel.dataset['sampleState'] = 'failed';
  }
}

function getPage(href: string): Promise<Document> {
  const url = new URL(href, document.baseURI);
  let page = pages.get(url.href);
  if (!page) {
    page = fetchPage(url);
    pages.set(url.href, page);
    // Forget a failure, so that choosing the tab again tries again.
    page.catch(() => pages.delete(url.href));
  }
  return page;
}

async function fetchPage(url: URL): Promise<Document> {
  if (url.origin !== location.origin) throw new Error(`${url.href} is not on this site`);
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** The fetched page colours its tokens with classes of its own prefix; they are added once, beside the tabs. */
function addTokenStyles(host: HTMLElement, page: Document) {
  if (host.querySelector(':scope > style[data-token-classes]')) return;
  const style = page.querySelector('style[data-token-classes]');
  if (style) host.append(document.importNode(style, true));
}
