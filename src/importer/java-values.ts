import type { ClassIndex, ClassRef } from './java-classes';
import type { JavaType } from './java-reader';
import type { Schema } from './schemas';

const PRIMITIVE_DEFAULTS: Record<string, boolean | number> = {
  boolean: false,
  int: 0,
  long: 0,
  short: 0,
  byte: 0,
  double: 0,
  float: 0,
};

/**
 * A field initialiser as the parameter's default, when it is a constant the JSON can carry:
 * a literal of the schema's type, or an enum constant (`DeletionMode.Permissive.toString()`,
 * which also gives the enum's values). Anything computed has no default.
 */
export function getDefault(
  initializer: string,
  schema: Schema,
  owner: ClassRef,
  index: ClassIndex,
): { value: unknown; enum?: string[] } | undefined {
  const text = initializer.trim();
  const type = schema['type'];
  if (type === 'boolean' && (text === 'true' || text === 'false')) return { value: text === 'true' };
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?[lLfFdD]?$/.test(text.replace(/ /g, ''))) {
    return { value: Number(text.replace(/ /g, '').replace(/[lLfFdD]$/, '')) };
  }
  if (type === 'string' && /^"(?:[^"\\]|\\.)*"$/.test(text)) return { value: JSON.parse(text) as string };
  const constant = /^([A-Z][\w.]*)\.(\w+)(?:\.(?:toString|name)\(\))?$/.exec(text);
  if (type === 'string' && constant) {
    const enumRef = index.resolve(constant[1]!, owner);
    if (enumRef?.cls.kind === 'enum' && enumRef.cls.enumConstants.includes(constant[2]!))
      return { value: constant[2]!, enum: enumRef.cls.enumConstants };
  }
  return undefined;
}

/** What an optional primitive field is when the request leaves it out: Java's zero value. */
export function getPrimitiveDefault(type: JavaType): { value: unknown } | undefined {
  if (type.array > 0 || !(type.name in PRIMITIVE_DEFAULTS)) return undefined;
  return { value: PRIMITIVE_DEFAULTS[type.name] };
}
