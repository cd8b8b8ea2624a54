import type { OperationModel } from '../openapi/operation';
import type { ParsedSpec } from '../openapi/parse';
import { getSegments } from '../openapi/spec-error';
import { isRecord } from './schemas';
import type { EngineOperation } from './types';

export type SessionRole = 'logIn' | 'logOut';

/**
 * Copies each operation's `x-*` vendor extensions from its document into
 * `extensions`, so that the engine (which gets plain JSON) can read them.
 */
export function withExtensions(operations: OperationModel[], specs: ParsedSpec[]): EngineOperation[] {
  return operations.map((op) => {
    const doc = specs.find((s) => s.file === op.file)?.doc;
    const raw = getSegments(op.pointer).reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), doc);
    const extensions = Object.fromEntries(Object.entries(isRecord(raw) ? raw : {}).filter(([key]) => key.startsWith('x-')));
    return { ...op, extensions };
  });
}

/** `x-zstack-allowed-states`: the states of the target resource in which the API may run. */
export function getAllowedStates(op: EngineOperation): string[] | undefined {
  const value = op.extensions?.['x-zstack-allowed-states'];
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** `x-zstack-session`: the API that issues a session (`logIn`) or ends one (`logOut`). */
export function getSessionRole(op: EngineOperation): SessionRole | undefined {
  const value = op.extensions?.['x-zstack-session'];
  return value === 'logIn' || value === 'logOut' ? value : undefined;
}
