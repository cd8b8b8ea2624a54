import { readRestResponse } from './annotations';
import { findingRules, isEmptyDesc, type SourceFinding } from './findings';
import { getAnnotation, type ClassRef } from './java-classes';
import type { Schema, SchemaRegistry } from './schemas';
import { isPlainObject } from '../lib/schema/pointer';

/** Fields of these base classes are not part of an answer's JSON (`success`, `error` …). */
const RESPONSE_BASES = new Set([
  'APIEvent',
  'APIReply',
  'MessageReply',
  'APIQueryReply',
  'Event',
  'Message',
  'APIResponse',
]);

/**
 * The component schema of an API's answer, keyed as `@RestResponse` says (not as the
 * template lists the fields); a template field the JSON does not carry becomes a finding.
 */
export function getResponse(
  responseRef: ClassRef,
  registry: SchemaRegistry,
  findings: SourceFinding[],
  query?: { name: string; inventory: ClassRef | undefined },
): { schema: Schema; description: string } {
  const restResponse = readRestResponse(getAnnotation(responseRef.cls, 'RestResponse'));
  const isQueryReply = registry.index.getLineage(responseRef).some((l) => l.name === 'APIQueryReply');
  const properties = registry.getProperties(responseRef, RESPONSE_BASES);
  const template = registry.getTemplate(responseRef);
  const schemaName = responseRef.cls.name.replace(/^API/, '');
  let keys: Record<string, Schema> = {};
  if (restResponse.kind === 'allTo')
    keys = properties[restResponse.key] ? { [restResponse.key]: properties[restResponse.key]! } : {};
  else if (restResponse.kind === 'all') keys = properties;
  else if (restResponse.kind === 'fields') {
    for (const { key, field } of restResponse.mapping) if (properties[field]) keys[key] = properties[field]!;
  }
  // A query answers the inventories of its @AutoQuery(inventoryClass), whatever its reply declares: ZStack writes the
  // objects it found, so QueryCephBackupStorage's reply (APIQueryBackupStorageReply) carries Ceph's own fields.
  const element = getListElementClass(responseRef, registry);
  const own = query?.inventory && element && query.inventory.fqn !== element.fqn && isPlainObject(keys['inventories']);
  if (own) keys = { ...keys, inventories: { ...keys['inventories'], items: registry.getRef(query.inventory!) } };
  if (isQueryReply)
    keys = {
      ...keys,
      total: {
        type: 'integer',
        format: 'int64',
        description: '满足查询条件的记录总数，count 或 replyWithCount 为 true 时返回。',
      },
    };
  if (template) {
    const templatePath = registry.getTemplatePath(responseRef);
    for (const entry of [...template.fields, ...template.refs]) {
      // `error` is the key of the failure answer (503), not of this result.
      if (!(entry.name in keys) && entry.name !== 'error' && !(isQueryReply && entry.name === 'total')) {
        findings.push({
          rule: 'response-field-not-in-json',
          message: findingRules['response-field-not-in-json'](entry.name),
          file: templatePath,
          line: entry.line,
          field: entry.name,
        });
      }
    }
  }
  const title = template?.title && !isEmptyDesc(template.title) ? template.title : `${schemaName} 的结果`;
  const key = own ? `response:${responseRef.fqn}:${query.inventory!.fqn}` : `response:${responseRef.fqn}`;
  const ref = registry.define(key, own ? `${query.name}Reply` : schemaName, () => ({
    type: 'object',
    description: title,
    ...(Object.keys(keys).length === 0 ? { additionalProperties: false } : {}),
    properties: keys,
  }));
  return { schema: ref, description: title };
}

/** The inventory class a query API searches: `@AutoQuery(inventoryClass)`, else the reply's list element. */
export function getQueryInventoryClass(
  ref: ClassRef,
  responseRef: ClassRef,
  registry: SchemaRegistry,
): ClassRef | undefined {
  const inventory = getAnnotation(ref.cls, 'AutoQuery')?.args['inventoryClass'];
  const inventoryRef = inventory?.kind === 'class' ? registry.index.resolve(inventory.name, ref) : undefined;
  return inventoryRef ?? getListElementClass(responseRef, registry);
}

/** The name of the schema of getQueryInventoryClass's class. */
export function getQueryInventory(target: ClassRef | undefined, registry: SchemaRegistry): string | undefined {
  if (!target) return undefined;
  const pointer = registry.getRef(target)['$ref'] as string;
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

function getListElementClass(responseRef: ClassRef, registry: SchemaRegistry): ClassRef | undefined {
  const field = responseRef.cls.fields.find((f) => f.name === 'inventories');
  const element = field?.type.args[0];
  return element ? registry.index.resolve(element.name, responseRef) : undefined;
}
