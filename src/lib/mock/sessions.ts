import { isSessionUuid } from '../zstack/session';
import type { EngineAccount } from './types';
import { formatTimestamp, makeUuid } from './values';

/** ZStack's initial admin account; the password is SHA-512 of `password`. */
export const DEFAULT_ACCOUNTS: EngineAccount[] = [
  {
    accountName: 'admin',
    password:
      'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86',
    accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
    userUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
  },
];

export interface SessionInventory {
  uuid: string;
  accountUuid: string;
  userUuid: string;
  expiredDate: string;
  createDate: string;
}

/**
 * The sessions of a management node. Strict: only the sessions it issued are
 * valid. Lenient (the browser mock, which cannot know the reader's real
 * sessions): any well-formed session is valid unless it was logged out.
 */
export class SessionStore {
  private readonly issued = new Map<string, number>();
  private readonly ended = new Set<string>();

  constructor(private readonly options: { accounts: EngineAccount[]; ttlMs: number; strict: boolean }) {}

  /** A new session, or null when the account name or the password hash is wrong. */
  logIn(accountName: unknown, password: unknown, now: number): SessionInventory | null {
    const account = this.options.accounts.find((a) => a.accountName === accountName && a.password === password);
    if (!account) return null;
    // Sessions nobody checks again would otherwise stay in memory for the server's lifetime.
    for (const [issued, expiresAt] of this.issued) if (now > expiresAt) this.logOut(issued);
    const uuid = makeUuid();
    const expiresAt = now + this.options.ttlMs;
    this.issued.set(uuid, expiresAt);
    return {
      uuid,
      accountUuid: account.accountUuid,
      userUuid: account.userUuid,
      expiredDate: formatTimestamp(expiresAt),
      createDate: formatTimestamp(now),
    };
  }

  logOut(uuid: string): void {
    this.issued.delete(uuid);
    // Only the lenient store needs to remember ended sessions: the strict one knows only what it issued.
    if (!this.options.strict) this.ended.add(uuid);
  }

  isValid(uuid: string, now: number): boolean {
    const expiresAt = this.issued.get(uuid);
    if (expiresAt !== undefined) {
      if (now <= expiresAt) return true;
      this.logOut(uuid);
      return false;
    }
    return !this.options.strict && isSessionUuid(uuid) && !this.ended.has(uuid);
  }
}
