import {
  getUtf8Length,
  getErrorChain,
  getErrorCode,
  isSessionExpired,
  type HttpAnswer,
} from '../../lib/request/answer';
import { getAnswerNote } from '../../lib/request/explain';
import { formatBody } from '../../lib/request/json-tokens';
import type { RequestModel } from '../../lib/request/model';
import { el, q, renderJson } from './dom';
import { strings } from '../../lib/i18n';

const t = strings.panel.result;

/** The response viewer: status, time, size, headers, highlighted body, polling progress, ErrorCode chain. */
export function mountResult(root: HTMLElement, deps: { onSessionExpired: () => void }) {
  const box = q(root, '[data-result]');
  const status = q(root, '[data-result-status]');
  const progress = q(root, '[data-progress]');
  const expired = q(root, '[data-expired]');
  const chain = q(root, '[data-error-chain]');
  const headers = q(root, '[data-result-headers]');
  const body = q(root, '[data-result-body]');
  let started = 0;

  const show = (answer: HttpAnswer) => {
    const size = getUtf8Length(answer.body);
    status.replaceChildren(
      el('span', {
        text: `${answer.status} ${answer.statusText}`,
        className: `status status-${String(answer.status)[0]}xx`,
      }),
      document.createTextNode(t.timing(Math.round(performance.now() - started), size)),
    );
    status.dataset['status'] = String(answer.status);
    headers.replaceChildren(...answer.headers.map(([k, v]) => el('li', {}, [el('code', { text: `${k}: ${v}` })])));
    const formatted = formatBody(answer.body);
    renderJson(body, formatted.text, formatted.isJson);
  };

  return {
    start(_request: RequestModel) {
      started = performance.now();
      box.hidden = false;
      progress.replaceChildren();
      expired.hidden = true;
      chain.hidden = true;
      status.textContent = t.sending;
      delete status.dataset['status'];
      delete status.dataset['final'];
      body.textContent = '';
    },
    step(label: string, answer: HttpAnswer) {
      const line = t.step(label, `${answer.status} ${answer.statusText}`, answer.status === 202, answer.elapsedMs);
      progress.append(el('li', { text: line }));
      show(answer);
    },
    finish(answer: HttpAnswer) {
      show(answer);
      const note = getAnswerNote(answer);
      expired.hidden = note === undefined;
      expired.textContent = note ?? '';
      if (isSessionExpired(answer)) deps.onSessionExpired();
      const errors = getErrorChain(getErrorCode(answer));
      if (errors.length > 0) {
        chain.hidden = false;
        chain.replaceChildren(
          ...errors.map((e, i) =>
            el('li', {}, [
              el('code', { text: e.code ?? '' }),
              document.createTextNode(t.errorLine(i > 0, e.description ?? '', e.details)),
            ]),
          ),
        );
      }
      status.dataset['final'] = 'true';
    },
    fail(message: string) {
      status.textContent = message;
      status.dataset['final'] = 'true';
    },
  };
}
