import { isSessionUuid } from '../zstack/session';
import { parseTarget, type SendTarget } from './target';

/** The reader's current ZStack session, shared by every page's panel. */
export interface CurrentSession {
  uuid: string;
  accountName?: string;
  /** As ZStack sends it, e.g. "Nov 14, 2017 10:20:57 PM". */
  expiredDate?: string;
  /** Where the session was obtained: the mock or a live endpoint; 退出 logs out there. */
  target: SendTarget;
  remember: boolean;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SESSION_KEY = 'zstack-portal.session';

/**
 * Keeps the session in sessionStorage (this browser tab session) or, with
 * "记住我", in localStorage. Never in a URL, never logged.
 */
export class SessionStore {
  constructor(
    private readonly tab: StorageLike,
    private readonly persistent: StorageLike,
  ) {}

  get(): CurrentSession | null {
    for (const storage of [this.tab, this.persistent]) {
      const raw = storage.getItem(SESSION_KEY);
      if (!raw) continue;
      try {
        const { origin, ...record } = JSON.parse(raw) as CurrentSession & { origin?: unknown };
        const target = parseTarget(record.target) ?? getLegacyTarget(origin);
        if (isSessionUuid(record.uuid) && target) return { ...record, target };
      } catch {
        storage.removeItem(SESSION_KEY);
      }
    }
    return null;
  }

  set(session: CurrentSession): void {
    this.clear();
    (session.remember ? this.persistent : this.tab).setItem(SESSION_KEY, JSON.stringify(session));
  }

  clear(): void {
    this.tab.removeItem(SESSION_KEY);
    this.persistent.removeItem(SESSION_KEY);
  }
}

/** Sessions stored before the target was recorded named it `origin`: 'mock' or the endpoint. */
function getLegacyTarget(origin: unknown): SendTarget | null {
  if (typeof origin !== 'string' || origin === '') return null;
  return origin === 'mock' ? { mode: 'mock' } : { mode: 'live', endpoint: origin };
}

/** Replaces the session in any text (a header, a sample) with a mask. */
export function maskSession(text: string, session: string | undefined): string {
  if (!session) return text;
  return text.split(session).join('••••••••••••••••');
}

/** SHA-512 hex of a password, as LogInByAccount expects it (Web Crypto, in the browser or Node). */
export async function hashPassword(password: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-512', new TextEncoder().encode(password));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
