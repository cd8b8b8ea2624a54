import type { ErrorCode } from './types';

/** Descriptions from ZStack's conf/errorCodes/*.xml. */
const DESCRIPTIONS: Record<string, string> = {
  'ID.1000': 'Unable to authenticate a user',
  'ID.1001': 'The session is invalid, either wrong session id or the session has been expired',
  'SYS.1000': 'An internal error happened in system',
  'SYS.1001': 'A message or a operation timeout',
  'SYS.1003': 'A resource can not be found',
  'SYS.1004': 'Unable to delete a resource',
  'SYS.1006': 'An operation failed',
  'SYS.1007': 'One or more API argument is invalid',
};

/** The ErrorCodes an API fails with (HTTP 503), worded as ZStack words them. */
export const errorCodes = {
  invalidSession: () => makeErrorCode('ID.1001', 'Session expired'),
  wrongPassword: () => makeErrorCode('ID.1000', 'wrong account name or password'),
  resourceNotFound: (field: string, uuid: string, type: string) =>
    makeErrorCode('SYS.1003', `invalid field[${field}], resource[uuid:${uuid}, type:${type}] not found`),
  invalidValue: (field: string, allowed: string[], value: string, message: string) =>
    makeErrorCode(
      'SYS.1007',
      `valid value for field[${field}] of message[${message}] are [${allowed.join(', ')}], but ${value} found`,
    ),
  unknownCondition: (name: string, type: string) =>
    makeErrorCode('SYS.1007', `condition name[${name}] is invalid, no such field on inventory class[${type}]`),
  notPrimitiveField: (name: string, type: string, valid: string[]) =>
    makeErrorCode(
      'SYS.1007',
      `field[${name}] is not a primitive of the inventory ${type}; you cannot specify it in the parameter 'fields';valid fields are [${valid.join(', ')}]`,
    ),
  mandatoryField: (field: string, message: string) =>
    makeErrorCode('SYS.1007', `field[${field}] of message[${message}] is mandatory, can not be null`),
  timeout: (message: string, jobId: string, timeoutMs: number) =>
    makeErrorCode(
      'SYS.1001',
      `Message[name: ${message}, id: ${jobId}] timeout after ${Math.floor(timeoutMs / 1000)} seconds`,
    ),
  internal: (details: string) => makeErrorCode('SYS.1000', details),
  wrongState: (state: string, allowed: string[], message: string) =>
    makeErrorCode(
      'SYS.1006',
      `current state[${state}] doesn't allow to proceed message[${message}], allowed states are [${allowed.join(', ')}]`,
    ),
  forcedFailure: (message: string, uuid: string | undefined) => ({
    ...makeErrorCode('SYS.1006', `failed to handle message[${message}]${uuid ? ` on resource[uuid:${uuid}]` : ''}`),
    cause: makeBackendFailure(),
  }),
  /** ZStack wraps what failed a deletion in SYS.1004, with the cause's details. */
  deletionFailed: () => {
    const cause = makeBackendFailure();
    return { ...makeErrorCode('SYS.1004', cause.details ?? ''), cause };
  },
};

/**
 * The description's own state error (its 503 example), re-worded for the
 * resource's actual state; ZStack's generic wording when it has none.
 */
export function makeWrongStateError(example: unknown, state: string, allowed: string[], message: string): ErrorCode {
  const error = isErrorResponse(example) ? example.error : undefined;
  if (!error || !JSON.stringify(error).includes('state[')) return errorCodes.wrongState(state, allowed, message);
  return rewordState(error, state, allowed) as ErrorCode;
}

function rewordState(node: unknown, state: string, allowed: string[]): unknown {
  if (typeof node === 'string') {
    return node
      .replace(/state\[[^\]]*\]/g, `state[${state}]`)
      .replace(/allowed states are \[[^\]]*\]/g, `allowed states are [${allowed.join(', ')}]`);
  }
  if (Array.isArray(node)) return node.map((n) => rewordState(n, state, allowed));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewordState(v, state, allowed)]));
}

function makeBackendFailure(): ErrorCode {
  return makeErrorCode(
    'SYS.1000',
    'the operation failed on the backend (a failure the caller asked the simulator for)',
  );
}

function makeErrorCode(code: string, details: string): ErrorCode {
  return { code, description: DESCRIPTIONS[code] ?? '', details };
}

function isErrorResponse(value: unknown): value is { error: ErrorCode } {
  const error = (value as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string';
}
