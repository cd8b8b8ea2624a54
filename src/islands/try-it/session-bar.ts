import { hashPassword, SessionStore, type CurrentSession } from '../../lib/request/session';
import { getSessionRole, isSessionUuid } from '../../lib/zstack/session';
import { getErrorCode, type HttpAnswer } from '../../lib/request/answer';
import { makeRequest } from '../../lib/request/model';
import type { OperationModel } from '../../lib/openapi/operation';
import { toWire, type Transport } from '../../lib/request/transport';
import { q } from './dom';
import { strings } from '../../lib/i18n';

const t = strings.session;

export interface SessionBar {
  get(): CurrentSession | null;
  focusLogin(): void;
  onChange(listener: () => void): void;
}

/** Login with account + password (SHA-512 in the browser), paste a session, show it, log out. */
export function mountSessionBar(
  root: HTMLElement,
  deps: { support: OperationModel[]; transport: () => Transport; origin: () => string; baseUrl: () => string },
): SessionBar {
  const store = new SessionStore(sessionStorage, localStorage);
  const status = q(root, '[data-session-status]');
  const message = q(root, '[data-session-message]');
  const loginForm = q<HTMLFormElement>(root, '[data-login]');
  const pasteForm = q<HTMLFormElement>(root, '[data-paste]');
  const logout = q<HTMLButtonElement>(root, '[data-logout]');
  const listeners: Array<() => void> = [];
  const login = deps.support.find((o) => getSessionRole(o) === 'logIn');
  const logOut = deps.support.find((o) => getSessionRole(o) === 'logOut');

  const render = () => {
    const session = store.get();
    if (session) {
      const who = session.accountName ? t.account(session.accountName) : t.pasted;
      const expires = session.expiredDate ? t.expires(session.expiredDate) : '';
      const where = t.origin(session.origin);
      status.textContent = t.current(who, where, expires, session.remember);
    } else {
      status.textContent = t.none;
    }
    logout.hidden = !session;
    listeners.forEach((l) => l());
  };

  loginForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      if (!login) return;
      const data = new FormData(loginForm);
      const accountName = String(data.get('accountName') ?? '');
      const password = await hashPassword(String(data.get('password') ?? ''));
      const request = makeRequest(login, { body: { logInByAccount: { accountName, password } }, baseUrl: deps.baseUrl() });
      message.textContent = t.loggingIn;
      try {
        const answer = await deps.transport().send(toWire(request), AbortSignal.timeout(30_000));
        const inventory = getInventory(answer);
        if (answer.status === 200 && inventory && isSessionUuid(inventory['uuid'])) {
          const session: CurrentSession = { uuid: inventory['uuid'], accountName, origin: deps.origin(), remember: data.get('remember') === 'on' };
          if (typeof inventory['expiredDate'] === 'string') session.expiredDate = inventory['expiredDate'];
          store.set(session);
          message.textContent = t.loggedIn;
          (loginForm.elements.namedItem('password') as HTMLInputElement).value = '';
        } else {
          message.textContent = t.loginFailed(answer.portalError?.message ?? getErrorCode(answer)?.description ?? `HTTP ${answer.status} ${answer.body}`);
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
    store.set({ uuid, origin: deps.origin(), remember: (loginForm.elements.namedItem('remember') as HTMLInputElement).checked });
    input.value = '';
    message.textContent = t.pasteUsed;
    render();
  });

  logout.addEventListener('click', () => {
    void (async () => {
      const session = store.get();
      store.clear();
      if (session && logOut) {
        const request = makeRequest(logOut, { path: { sessionUuid: session.uuid }, baseUrl: deps.baseUrl() });
        try {
          const answer = await deps.transport().send(toWire(request), AbortSignal.timeout(30_000));
          message.textContent = answer.status === 200 ? t.loggedOut : t.forgotten(answer.status);
        } catch {
          message.textContent = t.forgottenUnsent;
        }
      }
      render();
    })();
  });

  window.addEventListener('storage', render);
  render();
  return {
    get: () => store.get(),
    focusLogin: () => (loginForm.elements.namedItem('password') as HTMLInputElement).focus(),
    onChange: (listener) => listeners.push(listener),
  };
}

function getInventory(answer: HttpAnswer): Record<string, unknown> | undefined {
  try {
    return (JSON.parse(answer.body) as { inventory?: Record<string, unknown> }).inventory;
  } catch {
    return undefined;
  }
}
