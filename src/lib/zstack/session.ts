const SESSION_UUID = /^[0-9a-f]{32}$/i;

export type SessionRole = 'logIn' | 'logOut';

/** Whether a value has the form of a ZStack session uuid (32 hex digits). */
export function isSessionUuid(value: unknown): value is string {
  return typeof value === 'string' && SESSION_UUID.test(value);
}

/** `x-zstack-session`: the API that issues a session (`logIn`) or ends one (`logOut`). */
export function getSessionRole(op: { extensions?: Record<string, unknown> }): SessionRole | undefined {
  const value = op.extensions?.['x-zstack-session'];
  return value === 'logIn' || value === 'logOut' ? value : undefined;
}
