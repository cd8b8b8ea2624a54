import type { ParsedSpec } from '../openapi/parse';
import { isPlainObject, getPointer } from '../schema/pointer';
import { findingMessages, rules } from './messages';
import { isBacktrackingPattern } from '../schema/patterns';
import type { Finding } from './types';

/** Keys whose values are data, where a `pattern` key is not a schema's. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/** Every schema `pattern` of a document that a backtracking engine (the panel's, the mock's) could take exponential time on. */
export function getPatternFindings(spec: ParsedSpec): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, [...path, i]));
    if (!isPlainObject(node)) return;
    const pattern = node['pattern'];
    if (typeof pattern === 'string' && path.at(-1) !== 'properties' && isBacktrackingPattern(pattern)) {
      findings.push({
        severity: rules['pattern-backtracking'].severity,
        rule: 'pattern-backtracking',
        message: findingMessages.patternBacktracking(pattern),
        file: spec.file,
        pointer: getPointer([...path, 'pattern']),
      });
    }
    for (const [key, child] of Object.entries(node)) {
      if (!DATA_KEYS.has(key) || path.at(-1) === 'properties') walk(child, [...path, key]);
    }
  };
  walk(spec.doc, []);
  return findings;
}
