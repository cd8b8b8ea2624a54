import { getStateTransition } from './extensions';
import { getResourceListProperty, getResourceProperty, getResponse, getResultPhase } from './results';
import { isPlainObject as isRecord } from '../schema/pointer';
import type { SeedResource } from './seed';
import type { EngineOperation } from './types';

type Resource = Record<string, unknown>;

/** Resources by schema name and uuid: the database of the simulated management node. */
export class ResourceStore {
  private readonly resources = new Map<string, Map<string, Resource>>();

  get(type: string, uuid: string): Resource | undefined {
    const resource = this.resources.get(type)?.get(uuid);
    return resource ? structuredClone(resource) : undefined;
  }

  /** Every resource of a type, in the order they were added. */
  list(type: string): Resource[] {
    return [...(this.resources.get(type)?.values() ?? [])].map((r) => structuredClone(r));
  }

  /** Adds a resource unless one of that type and uuid is already there. */
  add(type: string, resource: Resource): void {
    if (typeof resource['uuid'] !== 'string') return;
    const ofType = this.resources.get(type) ?? new Map<string, Resource>();
    this.resources.set(type, ofType);
    if (!ofType.has(resource['uuid'])) ofType.set(resource['uuid'], structuredClone(resource));
  }

  remove(type: string, uuid: string): void {
    this.resources.get(type)?.delete(uuid);
  }

  /** Sets fields of a resource; a `null` leaves the field out, as ZStack's JSON leaves out null fields. */
  update(type: string, uuid: string, changes: Resource): void {
    const resource = this.resources.get(type)?.get(uuid);
    if (!resource) return;
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined) delete resource[key];
      else resource[key] = structuredClone(value);
    }
  }
}

/**
 * The store of a management node that holds what the description's examples
 * show (the resource each operation's example targets, the inventories a
 * query's example lists), and the resources the seed data derives from them.
 * An operation that changes its resource's state shows it after the change:
 * its example only adds a resource that no other example or seed record holds.
 */
export function makeSeededStore(operations: EngineOperation[], seed: SeedResource[]): ResourceStore {
  const store = new ResourceStore();
  const changing = operations.filter((op) => getStateTransition(op));
  for (const group of [operations.filter((op) => !changing.includes(op)), changing]) {
    for (const op of group) addExampleResources(store, op);
    for (const record of seed) {
      const source = store.get(record.type, record.from);
      if (source) store.add(record.type, deriveResource(source, record));
    }
  }
  return store;
}

function addExampleResources(store: ResourceStore, op: EngineOperation): void {
  const response = getResponse(op, getResultPhase(op), 200);
  const example = response?.example;
  if (!isRecord(example)) return;
  const single = getResourceProperty(response);
  const resource = single ? example[single.property] : undefined;
  if (single && isRecord(resource) && op.path.includes('{uuid}')) store.add(single.type, resource);
  const list = getResourceListProperty(response);
  const items = list ? example[list.property] : undefined;
  if (list && Array.isArray(items)) items.filter(isRecord).forEach((item) => store.add(list.type, item));
}

function deriveResource(source: Resource, record: SeedResource): Resource {
  let text = JSON.stringify(source);
  for (const [from, to] of Object.entries(record.replace)) text = text.split(from).join(to);
  const resource = JSON.parse(text) as Resource;
  for (const [key, value] of Object.entries(record.set)) {
    if (value === null) delete resource[key];
    else resource[key] = value;
  }
  return resource;
}
