import { getResourceProperty, getResponse, getResultPhase } from './results';
import { isRecord } from './schemas';
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

  /** Adds a resource unless one of that type and uuid is already there. */
  add(type: string, resource: Resource): void {
    if (typeof resource['uuid'] !== 'string') return;
    const ofType = this.resources.get(type) ?? new Map<string, Resource>();
    this.resources.set(type, ofType);
    if (!ofType.has(resource['uuid'])) ofType.set(resource['uuid'], structuredClone(resource));
  }

  update(type: string, uuid: string, changes: Resource): void {
    const resource = this.resources.get(type)?.get(uuid);
    if (resource) Object.assign(resource, changes);
  }
}

/**
 * The store of a management node that holds what the description's examples
 * show (the resource each operation's example targets), and the resources
 * the seed data derives from them.
 */
export function makeSeededStore(operations: EngineOperation[], seed: SeedResource[]): ResourceStore {
  const store = new ResourceStore();
  for (const op of operations) {
    const response = getResponse(op, getResultPhase(op), 200);
    const binding = getResourceProperty(response);
    const example = response?.example;
    if (!binding || !isRecord(example) || !op.path.includes('{uuid}')) continue;
    const resource = example[binding.property];
    if (isRecord(resource)) store.add(binding.type, resource);
  }
  for (const record of seed) {
    const source = store.get(record.type, record.from);
    if (source) store.add(record.type, deriveResource(source, record));
  }
  return store;
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
