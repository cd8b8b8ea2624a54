import type { OperationModel } from '../../lib/openapi/operation';
import { isListField } from '../../lib/openapi/schema';
import { h } from './dom';
import { strings } from '../../lib/i18n';

const t = strings.panel.markup;
const s = strings.panel.session;

/**
 * The body of the 在线调试 panel for one operation: session bar, send mode,
 * parameters, headers, body editor host, actions, result and samples. Built
 * from try-it.json when the reader opens the panel, so that the operation
 * page's first load carries none of it. The parameter names come from the
 * description: they only ever become text nodes and attribute values.
 */
export function makePanelBody(op: OperationModel): HTMLElement[] {
  const params = [...op.parameters.path, ...op.parameters.query];
  return [makeSessionBar(), h('div', { class: 'exchange' }, makeRequestPane(op, params), makeResponsePane())];
}

/** Mode, parameters, headers, body and the send buttons. */
function makeRequestPane(op: OperationModel, params: OperationModel['parameters']['path']): HTMLElement {
  return h(
    'div',
    { class: 'request-pane' },
    h(
      'fieldset',
      { class: 'mode' },
      h('legend', {}, t.modeLegend),
      h(
        'div',
        { class: 'segmented' },
        h(
          'label',
          { class: 'inline', title: t.mockTitle },
          h('input', { type: 'radio', name: 'mode', value: 'mock', checked: true }),
          t.mockLabel,
        ),
        h(
          'label',
          { class: 'inline', title: t.liveTitle },
          h('input', { type: 'radio', name: 'mode', value: 'live' }),
          t.liveLabel,
        ),
      ),
      h('span', { class: 'note', 'data-mode-note': true }),
      h(
        'label',
        { 'data-endpoint-row': true, hidden: true },
        t.endpoint,
        h('select', { name: 'endpoint', 'data-endpoint': true }),
      ),
      h(
        'label',
        { class: 'inline', 'data-fail-row': true },
        h('input', { type: 'checkbox', 'data-fail': true }),
        t.failJob,
      ),
      h('p', { class: 'note', 'data-live-note': true }),
      h('p', { class: 'note warning', 'data-target-warning': true, role: 'status' }),
    ),
    ...(params.length > 0
      ? [
          h(
            'fieldset',
            { class: 'params' },
            h('legend', {}, t.params),
            ...params.map((p) =>
              h(
                'label',
                {},
                h('code', {}, p.name),
                p.required ? t.required : t.optional,
                ...(isListField(p)
                  ? [
                      h('textarea', {
                        name: p.id,
                        'data-param': p.id,
                        'data-list': true,
                        rows: '2',
                        spellcheck: 'false',
                        'aria-describedby': `${p.id}-hint`,
                      }),
                      h('span', { class: 'note', id: `${p.id}-hint` }, t.listHint),
                    ]
                  : [
                      h('input', {
                        name: p.id,
                        'data-param': p.id,
                        autocomplete: 'off',
                        spellcheck: 'false',
                        'aria-required': p.required ? 'true' : undefined,
                      }),
                    ]),
              ),
            ),
          ),
        ]
      : []),
    h('details', { class: 'headers' }, h('summary', { class: 'label' }, t.headers), h('ul', { 'data-headers': true })),
    ...(op.body
      ? [
          h(
            'div',
            { class: 'body-editor' },
            h('p', { class: 'label', id: 'body-label' }, t.body),
            h('div', { class: 'editor', 'data-editor': true, 'aria-labelledby': 'body-label' }),
            h('ul', {
              class: 'diagnostics',
              'data-diagnostics': true,
              'aria-live': 'polite',
              'aria-label': t.bodyProblems,
            }),
          ),
        ]
      : []),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-send': true }, t.send),
      h('button', { type: 'button', 'data-cancel': true, disabled: true }, t.cancel),
      h('span', { class: 'note' }, t.shortcut),
      h('p', { class: 'note warning send-problem', 'data-send-problem': true, role: 'alert' }),
    ),
  );
}

/** The answer (or where it will appear) and the samples of the request in the panel. */
function makeResponsePane(): HTMLElement {
  return h(
    'div',
    { class: 'response-pane' },
    h('p', { class: 'label' }, t.response),
    h('p', { class: 'result-empty note', 'data-result-empty': true }, t.notSent),
    h(
      'div',
      { class: 'result', 'data-result': true, 'aria-live': 'polite', hidden: true },
      h('p', { class: 'result-status', 'data-result-status': true }),
      h('ol', { class: 'progress', 'data-progress': true }),
      h('p', { class: 'session-expired', 'data-expired': true, hidden: true, role: 'alert' }),
      h('ul', { class: 'error-chain', 'data-error-chain': true, hidden: true }),
      h(
        'details',
        { 'data-result-headers-box': true },
        h('summary', {}, t.responseHeaders),
        h('ul', { 'data-result-headers': true }),
      ),
      h('pre', { class: 'result-body', 'data-result-body': true, tabindex: '0' }),
    ),
    h(
      'div',
      { class: 'panel-samples' },
      h(
        'div',
        { class: 'sample-toolbar' },
        h('p', { class: 'label' }, t.samples),
        h('label', { class: 'inline' }, h('input', { type: 'checkbox', 'data-reveal': true }), t.revealSession),
      ),
      h('div', { role: 'tablist', 'aria-label': t.sampleTabs, 'data-sample-tabs': true }),
      h('p', { class: 'note sample-note', 'data-sample-note': true }),
      h('pre', { class: 'panel-sample', id: 'panel-sample', role: 'tabpanel', 'data-sample': true, tabindex: '0' }),
      h(
        'button',
        { type: 'button', class: 'copy-button', 'data-copy-sample': true },
        h('span', { class: 'copy-label' }, t.copy),
      ),
    ),
  );
}

/** The session line with 退出, and the login forms it replaces once there is a session. */
function makeSessionBar(): HTMLElement {
  return h(
    'div',
    { class: 'session-bar', 'data-session-bar': true },
    h(
      'div',
      { class: 'session-summary', 'data-session-summary': true },
      h('p', { class: 'session-status', 'data-session-status': true, 'aria-live': 'polite' }, s.initial),
      h('p', { class: 'session-message', 'data-session-message': true, role: 'alert' }),
      h('button', { type: 'button', class: 'logout', 'data-logout': true, hidden: true }, s.logout),
    ),
    h(
      'div',
      { class: 'session-forms', 'data-session-forms': true },
      h(
        'form',
        { class: 'login-form', 'data-login': true },
        h(
          'fieldset',
          {},
          h('legend', {}, s.loginLegend),
          h('p', { class: 'note login-hint' }, s.loginHint),
          h(
            'label',
            {},
            s.accountName,
            h('input', { name: 'accountName', autocomplete: 'username', value: 'admin', required: true }),
          ),
          h(
            'label',
            {},
            s.password,
            h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
          ),
          h('label', { class: 'inline' }, h('input', { name: 'remember', type: 'checkbox' }), s.remember),
          h('button', { type: 'submit', class: 'primary' }, s.login),
        ),
      ),
      h(
        'form',
        { class: 'paste-form', 'data-paste': true },
        h(
          'label',
          {},
          s.paste,
          h('input', { name: 'session', autocomplete: 'off', spellcheck: 'false', pattern: '[0-9a-fA-F]{32}' }),
        ),
        h('button', { type: 'submit' }, s.usePasted),
      ),
    ),
  );
}
