import { strings } from '../i18n';
import type { JsonSchema } from '../schema/json-schema';
import type { FieldNode } from '../openapi/schema';
import { resolveSchema } from '../schema/refs';

/**
 * The body schema, enriched for the editor: every property the field tree
 * knows gets a Chinese hover text (type, 必填/可选, default, 起始版本, description).
 */
export function makeEditorSchema(schema: JsonSchema, fields: FieldNode[]): JsonSchema {
  const copy = structuredClone(schema);
  annotate(copy, copy, fields, new Set());
  return copy;
}

export function getHoverText(field: FieldNode): string {
  const t = strings.panel.hover;
  const facts = [`**${field.name}**`, `\`${field.type}\``, field.required ? t.required : t.optional];
  if (field.defaultValue !== undefined) facts.push(t.defaultValue(field.defaultValue));
  if (field.since) facts.push(t.since(field.since));
  return `${facts.join(' · ')}\n\n${field.description || t.noDescription}`;
}

function annotate(root: JsonSchema, schema: JsonSchema, fields: FieldNode[], seen: Set<JsonSchema>) {
  const target = resolveSchema(root, schema).schema;
  if (seen.has(target)) return;
  seen.add(target);
  const properties = (target['properties'] ?? {}) as Record<string, JsonSchema>;
  for (const field of fields) {
    const property = properties[field.name];
    if (!property) continue;
    property['markdownDescription'] = getHoverText(field);
    const next = property['type'] === 'array' && property['items'] ? (property['items'] as JsonSchema) : property;
    if (field.children.length > 0) annotate(root, next, field.children, seen);
  }
}
