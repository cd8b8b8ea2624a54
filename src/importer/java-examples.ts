import type { ClassIndex, ClassRef } from './java-classes';
import { joinTokens } from './java-cursor';
import type { JavaSetterCall } from './java-model';
import type { Token } from './java-tokens';
import { getDefault } from './java-values';
import type { Schema } from './schemas';
import { isPlainObject } from '../lib/schema/pointer';
import { getExamplePathValue } from '../lib/schema/sample';

/** ZStack's list helpers as `__example__` calls them: asList(…), Collections.singletonList(…), list(…). */
const LIST_CALLS = new Set(['asList', 'singletonList', 'list', 'newArrayList', 'singleton']);

/**
 * The values `__example__()` gives an API's fields (`msg.setName("vm1")` → name: "vm1"), as ZStack's own reference
 * pages show them. A value is taken only when it is a constant of the field's type: a literal, an enum constant, a
 * uuid (`uuid()`: the pages' placeholder, so that the sample finds the mock's resource), or a list of those. Anything
 * computed is left out, and the page samples the field from its schema instead.
 */
export function getExampleValue(
  calls: JavaSetterCall[] | undefined,
  field: string,
  schema: Schema,
  owner: ClassRef,
  index: ClassIndex,
): unknown {
  const call = calls?.findLast((c) => c.field === field);
  return call ? evaluate(call.args, schema, owner, index) : undefined;
}

function evaluate(tokens: Token[], schema: Schema, owner: ClassRef, index: ClassIndex): unknown {
  if (tokens.length === 0) return undefined;
  const type = schema['type'];
  const [first] = tokens;
  if (tokens.length === 3 && first!.value === 'uuid' && tokens[1]!.value === '(' && tokens[2]!.value === ')')
    return type === 'string' ? getExamplePathValue('uuid') : undefined;
  const call = getListCall(tokens);
  if (call) {
    if (type !== 'array') return undefined;
    const items = isPlainObject(schema['items']) ? schema['items'] : {};
    const list = splitArguments(call).map((arg) => evaluate(arg, items, owner, index));
    return list.every((item) => item !== undefined) ? list : undefined;
  }
  const found = getDefault(joinTokens(tokens), schema, owner, index);
  if (!found) return undefined;
  const allowed = schema['enum'];
  return Array.isArray(allowed) && !allowed.includes(found.value) ? undefined : found.value;
}

/** The arguments' tokens of `[Qualifier.]listCall(…)` spanning all of `tokens`, or undefined. */
function getListCall(tokens: Token[]): Token[] | undefined {
  let at = 0;
  while (tokens[at]?.kind === 'id' && tokens[at + 1]?.value === '.') at += 2;
  const name = tokens[at];
  if (name?.kind !== 'id' || !LIST_CALLS.has(name.value) || tokens[at + 1]?.value !== '(') return undefined;
  if (tokens.at(-1)?.value !== ')') return undefined;
  const inner = tokens.slice(at + 2, -1);
  // The closing parenthesis must be this call's own: `asList(a).get(0)` is no list.
  let level = 0;
  for (const token of inner) {
    if (token.kind !== 'punct') continue;
    if ('([{'.includes(token.value)) level++;
    if (')]}'.includes(token.value) && --level < 0) return undefined;
  }
  return inner;
}

function splitArguments(tokens: Token[]): Token[][] {
  if (tokens.length === 0) return [];
  const parts: Token[][] = [[]];
  let level = 0;
  for (const token of tokens) {
    if (token.kind === 'punct' && '([{'.includes(token.value)) level++;
    if (token.kind === 'punct' && ')]}'.includes(token.value)) level--;
    if (level === 0 && token.kind === 'punct' && token.value === ',') parts.push([]);
    else parts.at(-1)!.push(token);
  }
  return parts;
}
