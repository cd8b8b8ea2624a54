/**
 * Reads the Groovy DSL of ZStack's `*Doc_zh_cn.groovy` templates as a tree of calls
 * (`name arg, arg`, `name (k: v)`, `name { … }`) without evaluating anything. The
 * templates use only that subset: string literals (single, double, triple quoted, joined
 * with `+`), numbers, booleans, `X.class` and `a.b` names.
 */
export function readGroovyCalls(source: string): GroovyCall[] {
  const tokens = tokenize(source);
  let i = 0;

  const skipNewlines = () => {
    while (tokens[i]?.kind === 'nl' || tokens[i]?.value === ';') i++;
  };
  const isPunct = (value: string) => tokens[i]?.kind === 'punct' && tokens[i]?.value === value;

  const readValue = (): GroovyValue | undefined => {
    const token = tokens[i];
    if (!token) return undefined;
    if (token.kind === 'str') {
      let value = token.value;
      i++;
      while (isPunct('+') && tokens[i + 1]?.kind === 'str') {
        value += tokens[i + 1]!.value;
        i += 2;
      }
      return { kind: 'string', value };
    }
    if (token.kind === 'num') {
      i++;
      return { kind: 'number', value: Number(token.value) };
    }
    if (token.kind === 'id') {
      let name = token.value;
      i++;
      while (isPunct('.') && tokens[i + 1]?.kind === 'id') {
        name += '.' + tokens[i + 1]!.value;
        i += 2;
      }
      if (name === 'true' || name === 'false') return { kind: 'boolean', value: name === 'true' };
      if (name === 'null') return { kind: 'null' };
      if (name.endsWith('.class')) return { kind: 'class', name: name.slice(0, -'.class'.length) };
      return { kind: 'name', name };
    }
    if (token.kind === 'punct' && token.value === '[') {
      i++;
      const items: GroovyValue[] = [];
      while (!isPunct(']') && i < tokens.length) {
        skipNewlines();
        const item = readValue();
        if (item) items.push(item);
        else i++;
        skipNewlines();
        if (isPunct(',')) i++;
      }
      i++;
      return { kind: 'list', items };
    }
    return undefined;
  };

  const readArgs = (call: GroovyCall, closing: string | null) => {
    for (;;) {
      if (closing) skipNewlines();
      const token = tokens[i];
      if (!token) return;
      if (closing && isPunct(closing)) {
        i++;
        return;
      }
      if (!closing && (token.kind === 'nl' || isPunct('}') || isPunct('{') || isPunct(';'))) return;
      if (token.kind === 'id' && tokens[i + 1]?.value === ':') {
        i += 2;
        const value = readValue();
        if (value) call.named[token.value] = value;
      } else {
        const value = readValue();
        if (value) call.args.push(value);
        else i++;
      }
      if (isPunct(',')) {
        i++;
        while (tokens[i]?.kind === 'nl') i++;
      }
    }
  };

  const readBlock = (): GroovyCall[] => {
    const calls: GroovyCall[] = [];
    for (;;) {
      skipNewlines();
      const token = tokens[i];
      if (!token) return calls;
      if (isPunct('}')) {
        i++;
        return calls;
      }
      if (token.kind === 'id' && (token.value === 'package' || token.value === 'import')) {
        while (i < tokens.length && tokens[i]!.kind !== 'nl') i++;
        continue;
      }
      if (token.kind !== 'id') {
        i++;
        continue;
      }
      const call: GroovyCall = { name: token.value, args: [], named: {}, line: token.line };
      i++;
      if (isPunct('(')) {
        i++;
        readArgs(call, ')');
      } else readArgs(call, null);
      if (isPunct('{')) {
        i++;
        call.block = readBlock();
      }
      calls.push(call);
    }
  };

  return readBlock();
}

/** The first string argument of the first call named `name`, or undefined. */
export function getStringArg(calls: GroovyCall[], name: string): string | undefined {
  const call = calls.find((c) => c.name === name);
  const value = call?.args[0];
  return value?.kind === 'string' ? value.value : undefined;
}

interface GroovyToken {
  kind: 'id' | 'str' | 'num' | 'punct' | 'nl';
  value: string;
  line: number;
}

function tokenize(source: string): GroovyToken[] {
  const tokens: GroovyToken[] = [];
  let i = 0;
  let line = 1;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      tokens.push({ kind: 'nl', value: '\n', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') i++;
    else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
    } else if (c === '"' || c === "'") {
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const start = line;
      let j = i + quote.length;
      let value = '';
      while (j < n && !source.startsWith(quote, j)) {
        if (source[j] === '\\' && j + 1 < n) {
          const e = source[j + 1]!;
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
          continue;
        }
        if (source[j] === '\n') {
          if (!triple) break;
          line++;
        }
        value += source[j++];
      }
      tokens.push({ kind: 'str', value, line: start });
      i = j + quote.length;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(source[j]!)) j++;
      tokens.push({ kind: 'id', value: source.slice(i, j), line });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[0-9.]/.test(source[j]!)) j++;
      tokens.push({ kind: 'num', value: source.slice(i, j), line });
      i = j;
    } else {
      tokens.push({ kind: 'punct', value: c, line });
      i++;
    }
  }
  return tokens;
}

export interface GroovyCall {
  name: string;
  args: GroovyValue[];
  named: Record<string, GroovyValue>;
  block?: GroovyCall[];
  line: number;
}

export type GroovyValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'class'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'list'; items: GroovyValue[] };
