import type { OpenAPIV3_1 } from 'openapi-types';
import { getOperationEntries } from '../openapi/operation-entries';
import { getByPointer, getPointer, isPlainObject } from '../schema/pointer';
import { getByRef } from '../schema/refs';

const SCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'] as const;
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs'] as const;
const COMPONENT_SCHEMA = /^\/components\/schemas\/([^/]+)/;

/** A field as the document declares it: a schema property or a parameter. */
export interface FieldDefinition {
  name: string;
  pointer: string;
  /** Its own description, or that of the schema its `$ref` names; undefined when neither has one. */
  description: string | undefined;
  /** The description is the referenced schema's, not written for this field. */
  inherited: boolean;
}

/**
 * Every property of every schema of the document (components and inline ones
 * under the operations) and every parameter, in document order.
 */
export function getFieldDefinitions(doc: OpenAPIV3_1.Document): FieldDefinition[] {
  const found: FieldDefinition[] = [];
  const visitSchema = (schema: unknown, pointer: string): void => {
    if (!isPlainObject(schema) || typeof schema['$ref'] === 'string') return;
    for (const key of SCHEMA_MAPS) {
      const map = schema[key];
      if (!isPlainObject(map)) continue;
      for (const [name, child] of Object.entries(map)) {
        const childPointer = `${pointer}/${key}/${getPointer([name]).slice(1)}`;
        if (key === 'properties') found.push({ name, pointer: childPointer, ...getDescription(doc, child) });
        visitSchema(child, childPointer);
      }
    }
    for (const key of SCHEMA_LISTS) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((child, i) => visitSchema(child, `${pointer}/${key}/${i}`));
    }
    for (const key of ['items', 'additionalProperties', 'not'] as const) visitSchema(schema[key], `${pointer}/${key}`);
  };
  const visitParameters = (owner: string) => {
    const list = getByPointer(doc, `${owner}/parameters`);
    (Array.isArray(list) ? list : []).forEach((parameter, i) => visitParameter(parameter, `${owner}/parameters/${i}`));
  };
  const visitParameter = (parameter: unknown, pointer: string) => {
    if (!isPlainObject(parameter) || typeof parameter['$ref'] === 'string') return;
    const own = typeof parameter['description'] === 'string' ? parameter['description'] : undefined;
    found.push({
      name: String(parameter['name']),
      pointer,
      ...(own === undefined ? getDescription(doc, parameter['schema']) : { description: own, inherited: false }),
    });
    visitSchema(parameter['schema'], `${pointer}/schema`);
  };
  const visitContent = (owner: unknown, pointer: string) => {
    if (!isPlainObject(owner) || !isPlainObject(owner['content'])) return;
    for (const [type, media] of Object.entries(owner['content'])) {
      if (isPlainObject(media))
        visitSchema(media['schema'], `${pointer}/content/${getPointer([type]).slice(1)}/schema`);
    }
  };
  const visitResponses = (responses: unknown, pointer: string) => {
    for (const [status, response] of Object.entries(isPlainObject(responses) ? responses : {}))
      visitContent(response, `${pointer}/${getPointer([status]).slice(1)}`);
  };

  const paths = new Set<string>();
  for (const { pointer } of getOperationEntries(doc)) {
    const item = pointer.slice(0, pointer.lastIndexOf('/'));
    if (!paths.has(item)) visitParameters(item);
    paths.add(item);
    const operation = getByPointer(doc, pointer) as Record<string, unknown>;
    visitParameters(pointer);
    visitContent(operation['requestBody'], `${pointer}/requestBody`);
    visitResponses(operation['responses'], `${pointer}/responses`);
    visitResponses(operation['x-zstack-job-responses'], `${pointer}/x-zstack-job-responses`);
  }
  const components = (doc.components ?? {}) as Record<string, unknown>;
  for (const [name, schema] of getEntries(components['schemas']))
    visitSchema(schema, `/components/schemas/${getPointer([name]).slice(1)}`);
  for (const [name, parameter] of getEntries(components['parameters']))
    visitParameter(parameter, `/components/parameters/${getPointer([name]).slice(1)}`);
  for (const [name, body] of getEntries(components['requestBodies']))
    visitContent(body, `/components/requestBodies/${getPointer([name]).slice(1)}`);
  visitResponses(components['responses'], '/components/responses');
  return found;
}

/**
 * Each `$ref` of the document, with the component schema it sits in (or
 * undefined outside components.schemas). Example values are not looked into.
 */
export function getReferences(doc: OpenAPIV3_1.Document): Array<{ from: string | undefined; ref: string }> {
  const found: Array<{ from: string | undefined; ref: string }> = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${pointer}/${i}`));
    if (!isPlainObject(node)) return;
    if (typeof node['$ref'] === 'string') found.push({ from: COMPONENT_SCHEMA.exec(pointer)?.[1], ref: node['$ref'] });
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'example' && key !== 'examples') visit(child, `${pointer}/${getPointer([key]).slice(1)}`);
    }
  };
  visit(doc, '');
  return found;
}

function getDescription(doc: unknown, schema: unknown): Pick<FieldDefinition, 'description' | 'inherited'> {
  if (isPlainObject(schema) && typeof schema['description'] === 'string')
    return { description: schema['description'], inherited: false };
  if (isPlainObject(schema) && typeof schema['$ref'] === 'string' && schema['$ref'].startsWith('#')) {
    return { description: getDescription(doc, getByRef(doc, schema['$ref'])).description, inherited: true };
  }
  return { description: undefined, inherited: false };
}

function getEntries(value: unknown): Array<[string, unknown]> {
  return isPlainObject(value) ? Object.entries(value) : [];
}
