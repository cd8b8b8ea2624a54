import { RE2JS } from 're2js';
import ret, { types, type Root, type Token } from 'ret';

/**
 * ajv's regular-expression engine for checking examples: RE2, whose matching
 * time is linear in the text, so a pattern such as `^(a+)+$` cannot stall the
 * build. A pattern RE2 lacks the syntax for (a lookaround, a backreference) runs
 * natively when it cannot backtrack catastrophically; otherwise it is not
 * checked (the report lists it as pattern-backtracking either way).
 */
export const linearRegExp = Object.assign(
  (pattern: string, flags: string): { test: (text: string) => boolean; toString: () => string } => {
    // ajv keys its cache of compiled patterns by toString().
    const toString = () => `/${pattern}/${flags}`;
    try {
      const compiled = RE2JS.compile(pattern);
      return { test: (text) => compiled.matcher(text).find(), toString };
    } catch {
      if (isBacktrackingPattern(pattern)) return { test: () => true, toString };
      return new RegExp(pattern, flags);
    }
  },
  // How ajv's standalone code names the engine: standalone.ts binds the name in every module it writes.
  { code: 'linearRegExp' },
);

/**
 * Whether a pattern can backtrack catastrophically in a backtracking engine
 * (browsers, Node): an unbounded repetition with another repetition inside
 * it, as in `^(a+)+$` or `(\w+\s?)*`. `(\.\d{1,3}){3}` is bounded outside and
 * passes. A heuristic: RE2 is what bounds the build; this says what to fix.
 */
export function isBacktrackingPattern(pattern: string): boolean {
  let root: Root;
  try {
    root = ret(pattern);
  } catch {
    return false;
  }
  return hasNestedRepetition(root, false);
}

function hasNestedRepetition(token: Token | Root, insideUnbounded: boolean): boolean {
  if (token.type === types.REPETITION) {
    if (insideUnbounded && token.max > 1) return true;
    return hasNestedRepetition(token.value, insideUnbounded || token.max === Infinity);
  }
  if (token.type === types.GROUP || token.type === types.ROOT) {
    const branches = token.options ?? (token.stack ? [token.stack] : []);
    return branches.some((branch) => branch.some((child) => hasNestedRepetition(child, insideUnbounded)));
  }
  return false;
}
