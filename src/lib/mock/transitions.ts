import { getStateTransition } from './extensions';
import { getOwn } from '../schema/records';
import type { ResourceStore } from './store';
import type { EngineOperation } from './types';

export interface Target {
  type: string;
  uuid: string;
}

/** A transition under way: the resource as it was when the call began. */
export interface BegunTransition {
  before: Record<string, unknown>;
}

/**
 * Starts the operation's `x-zstack-state-transition` on its target, when the
 * target is in one of the states it starts from: the target takes the
 * `during` state while the job runs. Undefined when nothing changes.
 */
export function beginTransition(
  store: ResourceStore,
  op: EngineOperation,
  target: Target,
): BegunTransition | undefined {
  const transition = getStateTransition(op);
  const before = store.get(target.type, target.uuid);
  if (!transition || !before) return undefined;
  if (transition.from && !transition.from.includes(String(before['state'] ?? ''))) return undefined;
  if (transition.during) store.update(target.type, target.uuid, { state: transition.during });
  return { before };
}

/**
 * Ends a transition: on success the target takes the `to` state and the
 * transition's other fields (a parameter of the call with a field's name
 * wins, e.g. StartVmInstance's `hostUuid`); on failure it is back in the
 * state it had.
 */
export function finishTransition(
  store: ResourceStore,
  op: EngineOperation,
  target: Target,
  begun: BegunTransition,
  outcome: { ok: boolean; parameter: Record<string, unknown> },
): void {
  const transition = getStateTransition(op);
  if (!transition) return;
  if (!outcome.ok) {
    store.update(target.type, target.uuid, { state: begun.before['state'] ?? null });
    return;
  }
  const changes: Record<string, unknown> = { state: transition.to };
  for (const [field, source] of Object.entries(transition.fields)) {
    const given = getOwn(outcome.parameter, field);
    changes[field] =
      typeof given === 'string' && given !== ''
        ? given
        : source === null
          ? null
          : (getOwn(begun.before, source) ?? null);
  }
  store.update(target.type, target.uuid, changes);
}
