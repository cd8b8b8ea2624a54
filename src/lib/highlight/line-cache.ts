/**
 * Remembers how a TextMate grammar tokenized each line, so a line that comes
 * again in the same grammar state (and under the same theme) is not matched
 * against the grammar's regular expressions again.
 *
 * The build highlights thousands of generated samples that differ in a few
 * names and values: at 200 operations, 42,600 sample lines hold only 2,500
 * distinct ones, and matching the grammar (Oniguruma) is most of Shiki's time.
 * Shiki and vscode-textmate cache whole grammars and compiled rules, not lines;
 * no published package does this, so it is written here. It wraps the
 * grammar's own `tokenizeLine2`, which Shiki calls line by line, and answers
 * with exactly what that method answered the first time: the same token array
 * and an end state equal in every field that the next line's tokenizing reads.
 *
 * A line's tokens depend only on its text, the state the previous line left
 * (the rule stack and its scopes, whose attributes carry the theme's colours)
 * and the theme (for the first line, whose state is Shiki's empty one). End
 * states are interned: each distinct state is one object with a number, so a
 * key is the theme's number, the state's number and the line.
 */

/** The part of vscode-textmate's grammar (an `IGrammar`) this reads and wraps. */
interface TokenizingGrammar {
  tokenizeLine2(lineText: string, prevState: StateStack | null, timeLimit?: number): TokenizeResult;
  /** vscode-textmate's grammar keeps its registry's theme source here (`IThemeProvider`). */
  themeProvider?: { getDefaults(): object };
}

interface TokenizeResult {
  tokens: Uint32Array;
  ruleStack: StateStack;
  stoppedEarly: boolean;
}

/** vscode-textmate's `StateStackImpl`: the fields that decide how the next line is tokenized. */
interface StateStack {
  parent: StateStack | null;
  ruleId: number;
  beginRuleCapturedEOL: boolean;
  endRule: string | null;
  nameScopesList: ScopeStack | null;
  contentNameScopesList: ScopeStack | null;
}

/** vscode-textmate's `AttributedScopeStack`: a scope name and its theme attributes, over its parent's. */
interface ScopeStack {
  parent: ScopeStack | null;
  scopeName: string;
  tokenAttributes: number;
}

export interface LineCacheStats {
  hits: number;
  misses: number;
}

const wrapped = new WeakSet<object>();

/**
 * Makes `grammar` answer a line it has tokenized before, from the same state
 * and theme, from memory. At most `maxLines` answers are kept, the least
 * recently used dropped first. Wrapping a grammar twice does nothing.
 */
export function cacheGrammarLines(grammar: object, maxLines: number, stats?: LineCacheStats): void {
  const target = grammar as TokenizingGrammar;
  if (wrapped.has(target) || typeof target.tokenizeLine2 !== 'function' || !target.themeProvider) return;
  wrapped.add(target);
  const tokenize = target.tokenizeLine2.bind(target);
  const themeProvider = target.themeProvider;
  const states = new StateNumbers();
  const lines = new Map<string, { tokens: Uint32Array; ruleStack: StateStack }>();
  target.tokenizeLine2 = (lineText, prevState, timeLimit) => {
    const key = `${states.getThemeNumber(themeProvider.getDefaults())} ${states.getNumber(prevState)} ${lineText}`;
    const cached = lines.get(key);
    if (cached) {
      lines.delete(key);
      lines.set(key, cached);
      if (stats) stats.hits += 1;
      return { tokens: cached.tokens, ruleStack: cached.ruleStack, stoppedEarly: false };
    }
    const result = tokenize(lineText, prevState, timeLimit);
    if (stats) stats.misses += 1;
    // A line cut short by the time limit is not its real tokenization.
    if (result.stoppedEarly) return result;
    const ruleStack = states.intern(result.ruleStack);
    lines.set(key, { tokens: result.tokens, ruleStack });
    if (lines.size > maxLines) lines.delete(lines.keys().next().value!);
    return { tokens: result.tokens, ruleStack, stoppedEarly: false };
  };
}

/**
 * Numbers for states and themes. States are compared by every field that the
 * next line's tokenizing reads (the positions vscode-textmate resets at each
 * line are left out), so equal states share one object and one number.
 */
class StateNumbers {
  readonly #numbers = new WeakMap<object, number>();
  readonly #byKey = new Map<string, StateStack>();
  readonly #stateKeys = new WeakMap<StateStack, string>();
  readonly #scopeKeys = new WeakMap<ScopeStack, string>();
  #next = 1;

  /** The number of an interned state; 0 for no state (a first line, Shiki's INITIAL, whose ruleId is 0). */
  getNumber(state: StateStack | null): number {
    if (!state || (state.parent === null && state.ruleId === 0 && state.nameScopesList === null)) return 0;
    return this.#numbers.get(state) ?? this.#number(this.intern(state));
  }

  getThemeNumber(defaults: object): number {
    return this.#number(defaults);
  }

  /** The one object for states equal to `state`. */
  intern(state: StateStack): StateStack {
    const key = this.#stateKey(state);
    const known = this.#byKey.get(key);
    if (known) return known;
    this.#byKey.set(key, state);
    this.#number(state);
    return state;
  }

  #number(object: object): number {
    return remember(this.#numbers, object, () => this.#next++);
  }

  #stateKey(state: StateStack | null): string {
    if (!state) return '';
    return remember(this.#stateKeys, state, () =>
      [
        this.#stateKey(state.parent),
        state.ruleId,
        state.endRule ?? '\u0000',
        state.beginRuleCapturedEOL ? 1 : 0,
        this.#scopeKey(state.nameScopesList),
        this.#scopeKey(state.contentNameScopesList),
      ].join('\u0001'),
    );
  }

  #scopeKey(scopes: ScopeStack | null): string {
    if (!scopes) return '';
    return remember(
      this.#scopeKeys,
      scopes,
      () => `${this.#scopeKey(scopes.parent)}\u0002${scopes.scopeName}\u0003${scopes.tokenAttributes}`,
    );
  }
}

/** The value `map` holds for `object`, made (and kept) on first asking. */
function remember<K extends object, V>(map: WeakMap<K, V>, object: K, make: () => V): V {
  let value = map.get(object);
  if (value === undefined) {
    value = make();
    map.set(object, value);
  }
  return value;
}
