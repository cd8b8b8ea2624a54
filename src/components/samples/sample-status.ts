import { h } from '../../scripts/dom';
import { sampleStrings } from '../../lib/i18n/first-load';

/** The status line in a sample's tab panel or the response examples: loading, or what failed with the link to the page of all examples. */
export function makeSampleStatus(text: string, href?: string): HTMLParagraphElement {
  return h(
    'p',
    { class: 'sample-status', role: 'status' },
    text,
    ...(href === undefined ? [] : [h('a', { href }, sampleStrings.openAll)]),
  );
}
