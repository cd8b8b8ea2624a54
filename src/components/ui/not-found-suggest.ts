// The 404 page's 你要找的可能是: the operations whose id the last part of the address
// was near (src/lib/search/suggest.ts), from the shared list of operations the
// sidebar uses (/nav/<hash>.json). Shown only when there is one.

import { h } from '../../scripts/dom';
import { readNavFile } from '../../lib/openapi/nav';
import { suggestOperations } from '../../lib/search/suggest';

export async function showSuggestions(box: HTMLElement, word: string): Promise<void> {
  const response = await fetch(box.dataset['notFoundSuggest']!);
  if (!response.ok) return;
  const operations = readNavFile(await response.json()).flatMap((category) => category.operations);
  const found = suggestOperations(word, operations);
  if (found.length === 0) return;
  const base = box.dataset['base']!;
  box
    .querySelector('[data-not-found-suggestions]')!
    .replaceChildren(
      ...found.map((op) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `${base}api/${encodeURIComponent(op.operationId)}/` },
            op.summary,
            ' ',
            h('code', {}, op.operationId),
          ),
        ),
      ),
    );
  box.hidden = false;
}
