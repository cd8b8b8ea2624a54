import { getPointer } from '../schema/pointer';
import type { ParsedSpec } from '../openapi/parse';
import { findingMessages, rules } from './messages';
import { getReferences } from './schema-sites';
import type { Finding } from './types';

const PREFIX = '#/components/schemas/';

/**
 * Component schemas that nothing outside components.schemas reaches: a schema
 * referenced only by itself, or only by other unreached schemas, is unused too.
 * Names are compared as the pointers spell them (escaped).
 */
export function getUnusedSchemaFindings(spec: ParsedSpec): Finding[] {
  const names = Object.keys(spec.doc.components?.schemas ?? {});
  const edges = getReferences(spec.doc).filter((r) => r.ref.startsWith(PREFIX));
  const reached = new Set<string>();
  const pending = edges.filter((e) => e.from === undefined).map((e) => e.ref.slice(PREFIX.length));
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...edges.filter((e) => e.from === name).map((e) => e.ref.slice(PREFIX.length)));
  }
  return names
    .filter((name) => !reached.has(getPointer([name]).slice(1)))
    .map((name) => ({
      severity: rules['schema-unused'].severity,
      rule: 'schema-unused',
      message: findingMessages.schemaUnused(name),
      file: spec.file,
      pointer: `/components/schemas/${getPointer([name]).slice(1)}`,
    }));
}
