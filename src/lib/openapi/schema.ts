import type { OpenAPIV3_1 } from 'openapi-types';
import { strings } from '../i18n';
import { isPlainObject } from '../schema/pointer';
import { getPropertyEntries } from '../schema/properties';
import { followRefs } from '../schema/refs';
import type { FieldBudget } from './expansion';
import { SpecError } from './spec-error';

const COMPONENT_PREFIX = '#/components/schemas/';
const KNOWN_TYPES = new Set(['string', 'boolean', 'integer', 'number', 'array', 'object', 'null']);

/** One row of a field tree: a parameter, a body field or a response field. */
export interface FieldNode {
  /** Deep-link id: the section and the dotted path, e.g. `response.inventory.vmNics.uuid`. */
  id: string;
  name: string;
  /** ZStack's type vocabulary: String, Long, List<VmNicInventory>, ErrorCode … */
  type: string;
  /** The component schema the field refers to (directly or through a list), for 详情参考. */
  refName?: string;
  required: boolean;
  defaultValue?: string;
  since?: string;
  description: string;
  correction?: { original: string; reason: string };
  enumValues?: string[];
  deprecated: boolean;
  children: FieldNode[];
  /** Set when the schema contains itself: the id of the ancestor row that already shows it. */
  recursiveTo?: string;
  /** Set when the named schema is already expanded elsewhere in this tree: the id of that row. */
  sharedWith?: string;
}

/** Whether a field is a list (`List`, `List<String>` …) in ZStack's type vocabulary. */
export function isListField(field: Pick<FieldNode, 'type'>): boolean {
  return /^List\b/.test(field.type);
}

/** `List<Integer>` → `Integer`; any other type as it is. */
export function getItemType(field: Pick<FieldNode, 'type'>): string {
  const match = /^List<(.+)>$/.exec(field.type);
  return match ? match[1]! : field.type;
}

export interface SchemaContext {
  doc: OpenAPIV3_1.Document;
  file: string;
  /** The operation's own 起始版本: a field shows its since only when it differs. */
  operationSince?: string;
  /** Bounds the rows the operation's trees expand to. */
  budget?: FieldBudget;
}

type Schema = Record<string, unknown>;

/**
 * One field row and its children. A named schema is expanded once per tree
 * (`expanded`, shared by the whole tree): where it appears again, the row
 * links to the first one (`sharedWith`), as a schema that contains itself
 * links to its ancestor (`recursiveTo`), so that references fanning out
 * cannot multiply the rows.
 */
export function makeFieldNode(
  ctx: SchemaContext,
  input: {
    name: string;
    schema: unknown;
    pointer: string;
    required: boolean;
    id: string;
    ancestors: Array<{ refName: string; id: string }>;
    expanded?: Map<string, string>;
  },
): FieldNode {
  const { name, pointer, required, id, ancestors } = input;
  const expanded = input.expanded ?? new Map<string, string>();
  ctx.budget?.take(ctx.file, pointer);
  const raw = isPlainObject(input.schema) ? input.schema : {};
  const resolved = resolveSchema(ctx, raw, pointer);
  const schema = { ...resolved.schema, ...withoutRef(raw) };
  const item = getItemSchema(ctx, schema, resolved.pointer);
  const refName = resolved.refName ?? item?.refName;
  const node: FieldNode = {
    id,
    name,
    type: getTypeLabel(ctx, schema, resolved, pointer),
    required,
    description: typeof schema['description'] === 'string' ? schema['description'].trim() : '',
    deprecated: schema['deprecated'] === true,
    children: [],
  };
  if (refName) node.refName = refName;
  if (schema['default'] !== undefined) node.defaultValue = JSON.stringify(schema['default']);
  const since = schema['x-zstack-since'];
  if (typeof since === 'string' && since !== ctx.operationSince) node.since = since;
  const correction = schema['x-zstack-doc-correction'];
  if (isPlainObject(correction) && typeof correction['original'] === 'string') {
    node.correction = { original: correction['original'], reason: String(correction['reason'] ?? '') };
  }
  const enumSource = Array.isArray(schema['enum']) ? schema['enum'] : Array.isArray(item?.schema['enum']) ? item.schema['enum'] : undefined;
  if (enumSource) node.enumValues = enumSource.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));

  const ancestor = refName ? ancestors.find((a) => a.refName === refName) : undefined;
  if (ancestor) {
    node.recursiveTo = ancestor.id;
    return node;
  }
  const shared = refName ? expanded.get(refName) : undefined;
  if (shared) {
    node.sharedWith = shared;
    return node;
  }
  const container = item ?? { schema, pointer: resolved.pointer };
  const nextAncestors = refName ? [...ancestors, { refName, id }] : ancestors;
  node.children = getProperties(ctx, container.schema, container.pointer).map((p) =>
    makeFieldNode(ctx, { name: p.name, schema: p.schema, pointer: p.pointer, required: p.required, id: `${id}.${p.name}`, ancestors: nextAncestors, expanded }),
  );
  if (refName && node.children.length > 0) expanded.set(refName, id);
  return node;
}

/** Follows `$ref` chains to the schema they name; a broken one is a SpecError at the schema that holds it. */
export function resolveSchema(ctx: SchemaContext, schema: unknown, pointer: string): { schema: Schema; pointer: string; refName?: string } {
  const chain = followRefs(ctx.doc, schema, pointer);
  if (chain.broken !== undefined) throw new SpecError(ctx.file, chain.pointer, strings.spec.specRefUnresolved(chain.broken));
  const result: { schema: Schema; pointer: string; refName?: string } = { schema: isPlainObject(chain.value) ? chain.value : {}, pointer: chain.pointer };
  const refName = chain.refs.findLast((ref) => ref.startsWith(COMPONENT_PREFIX))?.slice(COMPONENT_PREFIX.length);
  if (refName) result.refName = refName;
  return result;
}

function getProperties(ctx: SchemaContext, schema: Schema, pointer: string) {
  return getPropertyEntries(schema, pointer, (sub, at) => resolveSchema(ctx, sub, at));
}

function getItemSchema(ctx: SchemaContext, schema: Schema, pointer: string) {
  if (!getTypes(schema).includes('array') || !isPlainObject(schema['items'])) return undefined;
  return resolveSchema(ctx, schema['items'], `${pointer}/items`);
}

function getTypeLabel(ctx: SchemaContext, schema: Schema, resolved: { refName?: string }, pointer: string): string {
  if (typeof schema['x-zstack-type'] === 'string') return schema['x-zstack-type'];
  if (resolved.refName) return resolved.refName;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const variants = schema[keyword];
    if (Array.isArray(variants)) {
      return variants.map((v, i) => getTypeLabel(ctx, resolveSchema(ctx, v, `${pointer}/${keyword}/${i}`).schema, resolveSchema(ctx, v, pointer), pointer)).join(' | ');
    }
  }
  const types = getTypes(schema).filter((t) => t !== 'null');
  for (const t of types) {
    if (!KNOWN_TYPES.has(t)) throw new SpecError(ctx.file, `${pointer}/type`, strings.spec.specUnknownType(t));
  }
  const type = types[0] ?? (isPlainObject(schema['properties']) ? 'object' : undefined);
  switch (type) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'integer':
      return schema['format'] === 'int64' ? 'Long' : 'Integer';
    case 'number':
      return schema['format'] === 'float' ? 'Float' : 'Double';
    case 'array': {
      const item = isPlainObject(schema['items']) ? resolveSchema(ctx, schema['items'], `${pointer}/items`) : undefined;
      return item ? `List<${getTypeLabel(ctx, item.schema, item, `${pointer}/items`)}>` : 'List';
    }
    case 'object': {
      if (isPlainObject(schema['properties']) || schema['additionalProperties'] === false) return 'Object';
      // A map whose values have a schema names it, as Java would (Map<String, List<String>>); an untyped one keeps
      // the name ZStack's reference pages give it.
      const values = schema['additionalProperties'];
      if (!isPlainObject(values) || Object.keys(values).length === 0) return 'LinkedHashMap';
      const value = resolveSchema(ctx, values, `${pointer}/additionalProperties`);
      return `Map<String, ${getTypeLabel(ctx, value.schema, value, `${pointer}/additionalProperties`)}>`;
    }
    default:
      return 'Object';
  }
}

function getTypes(schema: Schema): string[] {
  const type = schema['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.map(String);
  return [];
}

function withoutRef(schema: Schema): Schema {
  if (typeof schema['$ref'] !== 'string') return {};
  const { $ref: _ref, ...rest } = schema;
  return rest;
}
