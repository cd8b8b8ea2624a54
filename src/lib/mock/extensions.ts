import { isPlainObject as isRecord } from '../schema/pointer';
import type { EngineOperation } from './types';

/** `x-zstack-state-transition`: what a successful call does to the state of its target resource. */
export interface StateTransition {
  /** The states the transition starts from; absent: every state the API runs in. */
  from?: string[];
  /** The state while the job runs (an asynchronous API). */
  during?: string;
  /** The state once the call succeeded. */
  to: string;
  /** Other fields after success: each takes the value of the named field before the change, or is left out (`null`). */
  fields: Record<string, string | null>;
}

/** `x-zstack-delete`: how a deleting API treats its target. */
export interface DeleteOptions {
  /** The parameter that names the deletion mode: `Enforcing` ignores the failures of the deletion, `Permissive` (default) does not. */
  modeParameter?: string;
  /** A uuid that names no resource is a success (ZStack's `successIfResourceNotExisting`). */
  successIfMissing: boolean;
}

/** `x-zstack-allowed-states`: the states of the target resource in which the API may run. */
export function getAllowedStates(op: EngineOperation): string[] | undefined {
  const value = op.extensions?.['x-zstack-allowed-states'];
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** `x-zstack-query`: the inventory schema a query API searches, e.g. `VmInstanceInventory`. */
export function getQueryType(op: EngineOperation): string | undefined {
  const value = op.extensions?.['x-zstack-query'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `x-zstack-resource`: the schema of the resource the path's uuid names, where the answer does not carry it. */
export function getResourceType(op: EngineOperation): string | undefined {
  const value = op.extensions?.['x-zstack-resource'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function getStateTransition(op: EngineOperation): StateTransition | undefined {
  const value = op.extensions?.['x-zstack-state-transition'];
  if (!isRecord(value) || typeof value['to'] !== 'string') return undefined;
  const fields = isRecord(value['fields']) ? value['fields'] : {};
  const transition: StateTransition = {
    to: value['to'],
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, source]) => [name, typeof source === 'string' ? source : null]),
    ),
  };
  if (Array.isArray(value['from'])) transition.from = value['from'].map(String);
  if (typeof value['during'] === 'string') transition.during = value['during'];
  return transition;
}

export function getDeleteOptions(op: EngineOperation): DeleteOptions | undefined {
  const value = op.extensions?.['x-zstack-delete'];
  if (!isRecord(value)) return undefined;
  const options: DeleteOptions = { successIfMissing: value['successIfMissing'] === true };
  if (typeof value['modeParameter'] === 'string') options.modeParameter = value['modeParameter'];
  return options;
}
