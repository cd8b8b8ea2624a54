import type { OperationModel } from '../../lib/openapi/operation';
import type { RequestModel } from '../../lib/request/model';
import { maskSession } from '../../lib/request/session';
import { makeSamples } from '../../lib/samples';
import { readSampleChoice, writeSampleChoice } from '../../scripts/sample-choice';
import { el, q } from './dom';
import { strings } from '../../lib/i18n';

/** The samples for exactly the request in the panel; the session is masked unless revealed. */
export function mountSamples(
  root: HTMLElement,
  deps: { op: OperationModel; getRequest: () => RequestModel; getSession: () => string | undefined },
) {
  const tabs = q(root, '[data-sample-tabs]');
  const pre = q(root, '[data-sample]');
  const reveal = q<HTMLInputElement>(root, '[data-reveal]');
  const headers = q(root, '[data-headers]');
  const copy = q<HTMLButtonElement>(root, '[data-copy-sample]');
  const note = q(root, '[data-sample-note]');
  let selected = readSampleChoice() ?? 'curl';
  let current = '';

  const render = () => {
    const request = deps.getRequest();
    const samples = makeSamples(deps.op, request);
    if (!samples.some((s) => s.id === selected)) selected = samples[0]!.id;
    const session = deps.getSession();
    const mask = (text: string) => (reveal.checked ? text : maskSession(text, session));
    tabs.replaceChildren(
      ...samples.map((s) => {
        const tab = el('button', { text: s.label });
        tab.type = 'button';
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(s.id === selected));
        tab.tabIndex = s.id === selected ? 0 : -1;
        tab.dataset['sampleId'] = s.id;
        tab.id = `panel-tab-${s.id}`;
        tab.setAttribute('aria-controls', pre.id);
        return tab;
      }),
    );
    const sample = samples.find((s) => s.id === selected)!;
    current = sample.code;
    note.textContent = sample.note ?? '';
    pre.textContent = mask(sample.code);
    pre.setAttribute('aria-labelledby', `panel-tab-${sample.id}`);
    pre.dataset['sampleId'] = sample.id;
    headers.replaceChildren(
      ...request.headers.map(([name, value]) => el('li', {}, [el('code', { text: `${name}: ${mask(value)}` })])),
    );
  };

  tabs.addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-sample-id]')?.dataset['sampleId'];
    if (!id) return;
    selected = id;
    writeSampleChoice(id);
    render();
    tabs.querySelector<HTMLElement>(`[data-sample-id="${id}"]`)?.focus();
  });
  tabs.addEventListener('keydown', (event) => {
    const all = [...tabs.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = all.findIndex((t) => t.dataset['sampleId'] === selected);
    const target = {
      ArrowRight: (index + 1) % all.length,
      ArrowLeft: (index + all.length - 1) % all.length,
      Home: 0,
      End: all.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    all[target]!.click();
  });
  reveal.addEventListener('change', render);
  copy.addEventListener('click', () => {
    // Copies what is shown: the session stays masked unless the reader revealed it.
    const text = reveal.checked ? current : maskSession(current, deps.getSession());
    void navigator.clipboard.writeText(text).then(() => {
      const label = copy.querySelector('.copy-label')!;
      label.textContent = strings.panel.markup.copied;
      setTimeout(() => (label.textContent = strings.panel.markup.copy), 1500);
    });
  });
  return { render };
}
