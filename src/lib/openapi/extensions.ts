import { messages } from '../messages';
import { getPointer, isPlainObject } from '../schema/pointer';

/** A class or method name of Java and Python alike: the SDK samples paste it as code. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** `0.6`, `5.2.0`, `4.7.0.1`, `5.0.0-beta1`. */
const VERSION = /^\d{1,4}(?:\.\d{1,4}){0,3}(?:-[A-Za-z0-9]{1,16})?$/;
/** A type name as ZStack's reference writes it: `Timestamp`, `long`, `byte[]`, `List<String>`, `Map<String,Object>`. */
const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,63}(?:<[A-Za-z0-9_.,<> ]{1,64}>)?(?:\[\])?$/;
/** Keys whose values are data (examples, defaults, enums), not the description's own extensions. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

type Expected = keyof typeof messages.extensionExpected;

interface ExtensionRule {
  /** What the value must be, as a key of messages.extensionExpected. */
  expected: Expected;
  isValid: (value: unknown) => boolean;
}

/**
 * The ZStack vendor extensions whose values reach code, pages or the mock, and
 * what each must hold. Add an entry for a new extension; an `x-zstack-*` key
 * without one (such as `x-zstack-generated`) is allowed as it is.
 */
export const EXTENSION_RULES: Record<string, ExtensionRule> = {
  'x-zstack-since': { expected: 'version', isValid: (v) => typeof v === 'string' && VERSION.test(v) },
  'x-zstack-async': { expected: 'boolean', isValid: (v) => typeof v === 'boolean' },
  'x-zstack-job-responses': { expected: 'responses', isValid: (v) => isPlainObject(v) && Object.values(v).every(isPlainObject) },
  'x-zstack-category': { expected: 'strings', isValid: (v) => isListOf(v, (s) => typeof s === 'string' && s.trim() !== '') },
  'x-zstack-sdk-action': { expected: 'identifier', isValid: isIdentifier },
  'x-zstack-type': { expected: 'typeName', isValid: (v) => typeof v === 'string' && TYPE_NAME.test(v) },
  'x-zstack-doc-correction': { expected: 'correction', isValid: (v) => isPlainObject(v) && typeof v['original'] === 'string' && isOptionalString(v['reason']) },
  'x-zstack-doc-corrections': {
    expected: 'corrections',
    isValid: (v) =>
      isListOf(v, (c) => isPlainObject(c) && typeof c['original'] === 'string' && typeof c['corrected'] === 'string' && isOptionalString(c['reason']) && isOptionalString(c['field'])),
  },
  'x-zstack-auth-prefix': { expected: 'authPrefix', isValid: (v) => typeof v === 'string' && /^[\x21-\x7E]{0,32} ?$/.test(v) },
  'x-zstack-allowed-states': { expected: 'identifiers', isValid: (v) => isListOf(v, isIdentifier) },
  'x-zstack-resource': { expected: 'identifier', isValid: isIdentifier },
  'x-zstack-query': { expected: 'identifier', isValid: isIdentifier },
  'x-zstack-state-transition': {
    expected: 'stateTransition',
    isValid: (v) =>
      isPlainObject(v) &&
      isIdentifier(v['to']) &&
      (v['during'] === undefined || isIdentifier(v['during'])) &&
      (v['from'] === undefined || isListOf(v['from'], isIdentifier)) &&
      (v['fields'] === undefined || (isPlainObject(v['fields']) && Object.values(v['fields']).every((f) => f === null || isIdentifier(f)))),
  },
  'x-zstack-delete': {
    expected: 'delete',
    isValid: (v) =>
      isPlainObject(v) && (v['modeParameter'] === undefined || isIdentifier(v['modeParameter'])) && (v['successIfMissing'] === undefined || typeof v['successIfMissing'] === 'boolean'),
  },
  'x-zstack-session': { expected: 'session', isValid: (v) => v === 'logIn' || v === 'logOut' },
};

/**
 * The first vendor extension of a document whose value its rule refuses: the
 * JSON pointer of the key and the reason. Example, default and enum values are
 * data and are not searched.
 */
export function findExtensionFault(root: unknown): [string, string] | null {
  const stack: Array<[unknown, Array<string | number>]> = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]]);
      continue;
    }
    if (!isPlainObject(node)) continue;
    const entries = Object.entries(node);
    for (const [key, value] of entries) {
      const rule = Object.hasOwn(EXTENSION_RULES, key) ? EXTENSION_RULES[key] : undefined;
      if (rule && !rule.isValid(value)) return [getPointer([...path, key]), messages.specExtensionInvalid(key, messages.extensionExpected[rule.expected])];
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i]!;
      // `properties: {example: …}` names a field, whose schema is searched like any other.
      if (!DATA_KEYS.has(key) || path.at(-1) === 'properties') stack.push([value, [...path, key]]);
    }
  }
  return null;
}

function isIdentifier(value: unknown): boolean {
  return typeof value === 'string' && IDENTIFIER.test(value);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isListOf(value: unknown, isItem: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(isItem);
}
