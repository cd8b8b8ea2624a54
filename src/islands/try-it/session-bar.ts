import { hashPassword, SessionStore, type CurrentSession } from '../../lib/request/session';
import { getSessionRole, isSessionUuid } from '../../lib/zstack/session';
import { getErrorCode, type HttpAnswer } from '../../lib/request/answer';
import { makeRequest } from '../../lib/request/model';
import type { OperationModel } from '../../lib/openapi/operation';
import { toWire, type Transport } from '../../lib/request/transport';
import { q } from './dom';

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
      const who = session.accountName ? `账户 ${session.accountName}` : '已粘贴的会话';
      const expires = session.expiredDate ? `，过期时间 ${session.expiredDate}` : '';
      const where = session.origin === 'mock' ? '（Mock）' : `（${session.origin}）`;
      status.textContent = `当前会话：${who}${where}${expires}${session.remember ? '，已记住' : ''}`;
    } else {
      status.textContent = '当前会话：未登录';
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
      message.textContent = '正在登录…';
      try {
        const answer = await deps.transport().send(toWire(request), AbortSignal.timeout(30_000));
        const inventory = getInventory(answer);
        if (answer.status === 200 && inventory && isSessionUuid(inventory['uuid'])) {
          const session: CurrentSession = { uuid: inventory['uuid'], accountName, origin: deps.origin(), remember: data.get('remember') === 'on' };
          if (typeof inventory['expiredDate'] === 'string') session.expiredDate = inventory['expiredDate'];
          store.set(session);
          message.textContent = '登录成功。';
          (loginForm.elements.namedItem('password') as HTMLInputElement).value = '';
        } else {
          message.textContent = `登录失败：${answer.portalError?.message ?? getErrorCode(answer)?.description ?? `HTTP ${answer.status} ${answer.body}`}`;
        }
      } catch (error) {
        message.textContent = `登录失败：${(error as Error).message}`;
      }
      render();
    })();
  });

  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = pasteForm.elements.namedItem('session') as HTMLInputElement;
    const uuid = input.value.trim();
    if (!isSessionUuid(uuid)) {
      message.textContent = '会话 UUID 应为 32 位十六进制字符（不含连字符）。';
      input.focus();
      return;
    }
    store.set({ uuid, origin: deps.origin(), remember: (loginForm.elements.namedItem('remember') as HTMLInputElement).checked });
    input.value = '';
    message.textContent = '已使用该会话。';
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
          message.textContent = answer.status === 200 ? '已退出，会话已失效。' : `已在本机忘记会话；服务器返回 HTTP ${answer.status}。`;
        } catch {
          message.textContent = '已在本机忘记会话；退出请求未能发出。';
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
