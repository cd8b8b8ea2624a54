import { existsSync, readFileSync } from 'node:fs';
import type { ClassIndex, ClassRef } from './java-classes';
import type { JavaType } from './java-reader';
import { readDocTemplate, type DocTemplate } from './doc-templates';
import { isEmptyDesc } from './findings';
import { ERROR_CODE } from './openapi-parts';
import { strings } from '../lib/i18n';
import { ZSTACK_DATE_TYPES } from '../lib/schema/json-schema';

const INTEGER32 = new Set(['int', 'Integer', 'short', 'Short', 'byte', 'Byte', 'AtomicInteger']);
const INTEGER64 = new Set(['long', 'Long', 'BigInteger', 'AtomicLong']);
const NUMBERS = new Set(['double', 'Double', 'float', 'Float', 'BigDecimal', 'Number']);
const STRINGS = new Set(['String', 'char', 'Character', 'CharSequence', 'UUID']);
const COLLECTIONS = new Set([
  'List',
  'ArrayList',
  'LinkedList',
  'Set',
  'HashSet',
  'LinkedHashSet',
  'TreeSet',
  'Collection',
  'Iterable',
  'Queue',
  'Deque',
  'SortedSet',
]);
const MAPS = new Set(['Map', 'HashMap', 'LinkedHashMap', 'TreeMap', 'ConcurrentHashMap', 'SortedMap', 'Properties']);
/** Primitive Java types whose name the portal cannot derive from the JSON Schema (Boolean/Integer/Long are derived). */
const NAMED_PRIMITIVES = new Set(['long', 'int', 'short', 'byte', 'double', 'float', 'char']);

/**
 * The component schemas of every class an imported API answers with (inventories, nested
 * structures, ErrorCode): built once per class from its Java fields, with the descriptions
 * and versions of its doc template. A class that contains itself refers to its own
 * component (a cycle stays a cycle).
 */
export class SchemaRegistry {
  readonly schemas = new Map<string, Schema>();
  readonly warnings: string[] = [];
  private readonly names = new Map<string, string>();
  private readonly templates = new Map<string, DocTemplate | null>();

  constructor(
    readonly index: ClassIndex,
    private readonly root: string,
  ) {}

  /** A `$ref` to the class's component, building it on first use. */
  getRef(ref: ClassRef): Schema {
    const name = ref.outer ? `${ref.outer[0]!.cls.name}${ref.cls.name}` : ref.cls.name;
    return this.define(ref.fqn, name, () => this.makeObjectSchema(ref));
  }

  /**
   * A `$ref` to the component registered under `key`, building it with `build` on first use
   * (registered before it is built, so a class that contains itself refers to itself).
   */
  define(key: string, preferredName: string, build: () => Schema): Schema {
    let name = this.names.get(key);
    if (!name) {
      name = preferredName;
      for (let n = 2; this.schemas.has(name); n++) name = `${preferredName}${n}`;
      this.names.set(key, name);
      this.schemas.set(name, {});
      this.schemas.set(name, build());
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  /** The schema of a Java type as written in `from`. */
  getTypeSchema(type: JavaType, from: ClassRef): Schema {
    const simple = type.name.slice(type.name.lastIndexOf('.') + 1);
    if (type.array > 0) {
      if (simple === 'byte' && type.array === 1) {
        return { type: 'array', 'x-zstack-type': 'byte[]', items: { type: 'integer', minimum: -128, maximum: 127 } };
      }
      return { type: 'array', items: this.getTypeSchema({ ...type, array: type.array - 1 }, from) };
    }
    const named = NAMED_PRIMITIVES.has(simple) ? { 'x-zstack-type': simple } : {};
    if (simple === 'boolean' || simple === 'Boolean') return { type: 'boolean' };
    if (INTEGER32.has(simple)) return { type: 'integer', format: 'int32', ...named };
    if (INTEGER64.has(simple)) return { type: 'integer', format: 'int64', ...named };
    if (NUMBERS.has(simple)) return { type: 'number', format: /float/i.test(simple) ? 'float' : 'double', ...named };
    if (STRINGS.has(simple)) return { type: 'string', ...named };
    if (ZSTACK_DATE_TYPES.has(simple)) return { type: 'string', 'x-zstack-type': simple };
    if (COLLECTIONS.has(simple))
      return { type: 'array', items: type.args[0] ? this.getTypeSchema(type.args[0], from) : {} };
    if (MAPS.has(simple)) {
      const value = type.args[1];
      return { type: 'object', additionalProperties: value ? this.getTypeSchema(value, from) : true };
    }
    if (simple === 'ErrorCode') return this.getErrorCodeRef();
    if (simple === 'Object' || simple === 'JsonElement' || simple === 'Serializable')
      return { 'x-zstack-type': simple };
    const resolved = this.index.resolve(type.name, from);
    if (!resolved) {
      this.warnings.push(strings.importer.warnings.unresolvedType(from.path, type.name));
      return { 'x-zstack-type': simple };
    }
    if (resolved.cls.kind === 'enum') return { type: 'string', enum: resolved.cls.enumConstants };
    return this.getRef(resolved);
  }

  /** ZStack's ErrorCode, written like the hand-written documents' (its Java class has internal fields). */
  getErrorCodeRef(): Schema {
    return this.define('builtin:ErrorCode', 'ErrorCode', () => structuredClone(ERROR_CODE));
  }

  /** The doc template next to a top-level class (`<Class>Doc_zh_cn.groovy`), read once. */
  getTemplate(ref: ClassRef): DocTemplate | undefined {
    if (ref.outer) return undefined;
    const path = `${ref.path.slice(0, ref.path.lastIndexOf('/') + 1)}${ref.cls.name}Doc_zh_cn.groovy`;
    if (!this.templates.has(path)) {
      const file = `${this.root}/${path}`;
      this.templates.set(path, existsSync(file) ? readDocTemplate(readFileSync(file, 'utf8')) : null);
    }
    return this.templates.get(path) ?? undefined;
  }

  /** The template path of a class, relative to the checkout. */
  getTemplatePath(ref: ClassRef): string {
    return `${ref.path.slice(0, ref.path.lastIndexOf('/') + 1)}${ref.cls.name}Doc_zh_cn.groovy`;
  }

  /** The properties of a class's visible fields, described by its template's fields and refs. */
  getProperties(ref: ClassRef, stopAt?: ReadonlySet<string>): Record<string, Schema> {
    const template = this.getTemplate(ref);
    const entries = new Map([...(template?.fields ?? []), ...(template?.refs ?? [])].map((e) => [e.name, e]));
    const properties: Record<string, Schema> = {};
    for (const { field, owner } of this.index.getVisibleFields(ref, stopAt)) {
      const schema: Schema = { ...this.getTypeSchema(field.type, owner) };
      const entry = entries.get(field.name);
      if (entry?.desc !== undefined && !isEmptyDesc(entry.desc)) schema['description'] = entry.desc.trim();
      if (entry?.since) schema['x-zstack-since'] = entry.since;
      properties[field.name] = schema;
    }
    return properties;
  }

  private makeObjectSchema(ref: ClassRef): Schema {
    const template = this.getTemplate(ref);
    const properties = this.getProperties(ref);
    const title = template?.title && !isEmptyDesc(template.title) ? template.title : ref.cls.name;
    return { type: 'object', description: title, properties };
  }
}

export type Schema = Record<string, unknown>;
