import { hashPassword, SessionStore, type CurrentSession } from '../../lib/request/session';
import { getSessionRole, isSessionUuid } from '../../lib/zstack/session';
import { getErrorCode, type HttpAnswer } from '../../lib/request/answer';
import { makeRequest } from '../../lib/request/model';
import { getLogoutTarget, getTargetLabel, type SendTarget } from '../../lib/request/target';
import type { OperationModel } from '../../lib/openapi/operation';
import { toWire, type Transport } from '../../lib/request/transport';
import { el, q } from './dom';
import { strings } from '../../lib/i18n';

const t = strings.panel.session;

export interface SessionBar {
  get(): CurrentSession | null;
  focusLogin(): void;
  onChange(listener: () => void): void;
}

export interface SessionBarDeps {
  support: OperationModel[];
  /** Where the panel sends now: a login obtains its session there. */
  target: () => SendTarget;
  /** The endpoints this page may reach, from /proxy/config. */
  endpoints: readonly string[];
  transportFor: (target: SendTarget) => Transport;
  baseUrlFor: (target: SendTarget) => string;
}

/**
 * Login with account + password (SHA-512 in the browser) or a pasted session;
 * once there is a session, a one-line bar (account, where, expiry, 退出)
 * takes the forms' place. 退出 logs out where the session came from.
 */
export function mountSessionBar(root: HTMLElement, deps: SessionBarDeps): SessionBar {
  const store = new SessionStore(sessionStorage, localStorage);
  const summary = q(root, '[data-session-summary]');
  const status = q(root, '[data-session-status]');
  const forms = q(root, '[data-session-forms]');
  const message = q(root, '[data-session-message]');
  const loginForm = q<HTMLFormElement>(root, '[data-login]');
  const pasteForm = q<HTMLFormElement>(root, '[data-paste]');
  const logout = q<HTMLButtonElement>(root, '[data-logout]');
  const listeners: Array<() => void> = [];
  const login = deps.support.find((o) => getSessionRole(o) === 'logIn');
  const logOut = deps.support.find((o) => getSessionRole(o) === 'logOut');
  let relogin = false;

  const render = () => {
    const session = store.get();
    const rejected = session !== null && relogin;
    status.replaceChildren(
      el('span', { className: 'visually-hidden', text: t.label }),
      ...describe(session),
      ...(rejected ? [el('span', { className: 'session-rejected', text: t.rejectedMark })] : []),
    );
    summary.dataset['state'] = rejected ? 'rejected' : session ? 'signed-in' : 'signed-out';
    logout.hidden = !session;
    forms.hidden = session !== null && !relogin;
    listeners.forEach((l) => l());
  };

  loginForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      if (!login) return;
      const data = new FormData(loginForm);
      const accountName = String(data.get('accountName') ?? '');
      const password = await hashPassword(String(data.get('password') ?? ''));
      const target = deps.target();
      const request = makeRequest(login, {
        body: { logInByAccount: { accountName, password } },
        baseUrl: deps.baseUrlFor(target),
      });
      message.textContent = t.loggingIn;
      try {
        const answer = await deps.transportFor(target).send(toWire(request), AbortSignal.timeout(30_000));
        const inventory = getInventory(answer);
        if (answer.status === 200 && inventory && isSessionUuid(inventory['uuid'])) {
          const session: CurrentSession = {
            uuid: inventory['uuid'],
            accountName,
            target,
            remember: data.get('remember') === 'on',
          };
          if (typeof inventory['expiredDate'] === 'string') session.expiredDate = inventory['expiredDate'];
          store.set(session);
          relogin = false;
          message.textContent = t.loggedIn;
          (loginForm.elements.namedItem('password') as HTMLInputElement).value = '';
        } else {
          message.textContent = t.loginFailed(
            answer.portalError?.message ?? getErrorCode(answer)?.description ?? `HTTP ${answer.status} ${answer.body}`,
          );
        }
      } catch (error) {
        message.textContent = t.loginFailed((error as Error).message);
      }
      render();
    })();
  });

  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = pasteForm.elements.namedItem('session') as HTMLInputElement;
    const uuid = input.value.trim();
    if (!isSessionUuid(uuid)) {
      message.textContent = t.badUuid;
      input.focus();
      return;
    }
    store.set({
      uuid,
      target: deps.target(),
      remember: (loginForm.elements.namedItem('remember') as HTMLInputElement).checked,
    });
    relogin = false;
    input.value = '';
    message.textContent = t.pasteUsed;
    render();
  });

  logout.addEventListener('click', () => {
    void (async () => {
      const session = store.get();
      store.clear();
      relogin = false;
      if (session && logOut) message.textContent = await logOutAt(session);
      render();
      (loginForm.elements.namedItem('password') as HTMLInputElement).focus();
    })();
  });

  /** Calls LogOut where the session was obtained, whatever mode the panel is in now. */
  async function logOutAt(session: CurrentSession): Promise<string> {
    const { target, reachable } = getLogoutTarget(session, deps.endpoints);
    if (!reachable) return strings.panel.target.logoutUnreachable(getTargetLabel(target));
    const request = makeRequest(logOut!, { path: { sessionUuid: session.uuid }, baseUrl: deps.baseUrlFor(target) });
    const where = target.mode === 'mock' ? 'Mock' : target.endpoint;
    try {
      const answer = await deps.transportFor(target).send(toWire(request), AbortSignal.timeout(30_000));
      return answer.status === 200 ? t.loggedOut(where) : t.forgotten(where, answer.status);
    } catch {
      return t.forgottenUnsent(where);
    }
  }

  window.addEventListener('storage', render);
  render();
  return {
    get: () => store.get(),
    focusLogin: () => {
      // The server refused the session: the bar says so, not the 登录成功 of before.
      relogin = true;
      message.textContent = t.rejected;
      render();
      (loginForm.elements.namedItem('password') as HTMLInputElement).focus();
    },
    onChange: (listener) => listeners.push(listener),
  };
}

/** The session bar's line: who, where, until when. */
function describe(session: CurrentSession | null): Node[] {
  if (!session) return [el('span', { className: 'session-who', text: t.signedOut })];
  const parts = [
    el('span', {
      className: 'session-who',
      text: session.accountName ? t.account(session.accountName) : t.pasted,
    }),
    el('span', { className: 'session-where', text: t.where(getTargetLabel(session.target)) }),
  ];
  if (session.expiredDate)
    parts.push(el('span', { className: 'session-expiry', text: t.expires(session.expiredDate) }));
  if (session.remember) parts.push(el('span', { className: 'session-remember', text: t.remembered }));
  return parts;
}

function getInventory(answer: HttpAnswer): Record<string, unknown> | undefined {
  try {
    return (JSON.parse(answer.body) as { inventory?: Record<string, unknown> }).inventory;
  } catch {
    return undefined;
  }
}
