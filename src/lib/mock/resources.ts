import type { JsonSchema } from '../schema/json-schema';
import { getQueryType, getResourceType, getStateTransition } from './extensions';
import { isPlainObject as isRecord } from '../schema/pointer';
import { getProperties, getTypes } from '../schema/properties';
import { resolveSchema } from '../schema/refs';
import { getResourceProperty, getResponse, getResultPhase } from './results';
import type { ResourceStore } from './store';
import type { EngineOperation } from './types';
import { sampleSchema } from './sample';
import { getExamplePathValue } from '../schema/sample';
import { formatTimestamp, makeUuid } from './values';

/** Where the resources of each type are described: the first answer whose schema defines the type. */
export class ResourceSchemas {
  private readonly byType = new Map<string, JsonSchema>();
  /** `/zstack/v1/things` → `ThingInventory`: what a path's `{uuid}` names, from the query or the create on that collection. */
  private readonly collections = new Map<string, string>();

  constructor(operations: EngineOperation[]) {
    for (const op of operations) {
      for (const response of op.responses) {
        const defs = response.schema?.['$defs'];
        if (!isRecord(defs)) continue;
        for (const name of Object.keys(defs)) if (!this.byType.has(name)) this.byType.set(name, response.schema!);
      }
      const type = getQueryType(op) ?? (isCreate(op) ? getCreatedType(op) : undefined);
      if (type && !op.path.includes('{') && !this.collections.has(op.path)) this.collections.set(op.path, type);
    }
  }

  /**
   * The type of the resource an operation's path `{uuid}` names: its
   * `x-zstack-resource`, the inventory of its answer, else that of the
   * collection the path lies in (`DELETE /things/{uuid}` → the things).
   */
  getTargetType(op: EngineOperation): string | undefined {
    const own = getResourceType(op) ?? getResourceProperty(getResponse(op, getResultPhase(op), 200))?.type;
    if (own || !op.path.includes('{uuid}')) return own;
    return this.collections.get(op.path.slice(0, op.path.indexOf('/{uuid}')));
  }

  /** A new resource of the type: sampled from its schema, then the call's parameters of the same names, a uuid and the times. */
  makeResource(type: string, parameter: Record<string, unknown>, now: number): Record<string, unknown> | undefined {
    const root = this.byType.get(type);
    if (!root) return undefined;
    const schema = { $ref: `#/$defs/${type}` };
    const resource = sampleSchema(root, schema);
    if (!isRecord(resource)) return undefined;
    const properties = getProperties(root, schema);
    for (const [name, value] of Object.entries(parameter))
      if (name in properties && name !== 'uuid' && hasType(value, getTypes(root, properties[name])))
        resource[name] = structuredClone(value);
    resource['uuid'] = typeof parameter['resourceUuid'] === 'string' ? parameter['resourceUuid'] : makeUuid();
    for (const name of ['createDate', 'lastOpDate']) if (name in properties) resource[name] = formatTimestamp(now);
    return resource;
  }

  /**
   * Resources for the pages' samples to find. Where the description has no example, a sample names its resource by
   * the placeholder uuid (getExamplePathValue): every type a path's `{uuid}` names gets a resource of that uuid, a copy
   * of one the examples hold (so it is in a state its actions allow) or else sampled from its schema; and every type
   * a query searches holds at least one resource.
   */
  seed(store: ResourceStore, operations: EngineOperation[], now: number): void {
    const uuid = getExamplePathValue('uuid');
    for (const op of operations) {
      const target = op.example.path['uuid'] === uuid ? this.getTargetType(op) : undefined;
      if (target && !store.get(target, uuid)) {
        const [first] = store.list(target);
        const resource = first
          ? { ...structuredClone(first), uuid }
          : this.makeResource(target, { resourceUuid: uuid }, now);
        if (resource) store.add(target, resource);
      }
      const query = getQueryType(op);
      if (!query || store.list(query).length > 0) continue;
      const resource = this.makeResource(query, { resourceUuid: uuid }, now);
      if (resource) store.add(query, resource);
    }
  }

  /**
   * What a successful DELETE without a state transition does to its target:
   * `Destroyed` where the schema has that state (ZStack's default deletion
   * policy keeps such resources), gone otherwise.
   */
  delete(store: ResourceStore, op: EngineOperation, type: string, uuid: string): void {
    if (op.method !== 'DELETE' || getStateTransition(op)) return;
    const root = this.byType.get(type);
    const state = root
      ? resolveSchema(root, getProperties(root, { $ref: `#/$defs/${type}` })['state']).schema['enum']
      : undefined;
    if (Array.isArray(state) && state.includes('Destroyed')) store.update(type, uuid, { state: 'Destroyed' });
    else store.remove(type, uuid);
  }
}

/** `POST /zstack/v1/<things>` answering `{inventory: XInventory}`: it creates a resource of that type. */
export function isCreate(op: EngineOperation): boolean {
  return op.method === 'POST' && !op.path.includes('{') && getCreatedType(op) !== undefined;
}

export function getCreatedType(op: EngineOperation): string | undefined {
  return op.method === 'POST' ? getResourceProperty(getResponse(op, getResultPhase(op), 200))?.type : undefined;
}

/**
 * Whether a parameter's value can stand as the resource's field of the same name: not always, since an API's
 * parameter may be the field's text (DiscoverExternalPrimaryStorage's `config` is a string, the inventory's a map).
 * By JSON type only: the browser's mock compiles no validator of its own (the page's CSP allows no eval).
 */
function hasType(value: unknown, types: string[]): boolean {
  if (types.length === 0) return true;
  const type =
    value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
  return types.includes(type) || (type === 'number' && types.includes('integer') && Number.isInteger(value));
}
