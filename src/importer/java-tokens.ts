/**
 * A tokenizer for the Java that ZStack's API classes are written in: enough to find
 * declarations (names, types, annotations, initialisers), never to run anything.
 * Hand-written because the maintained Java parsers for JavaScript are either unmaintained
 * or heavy grammar runtimes; the declarations we read are a small, regular subset.
 */
export interface Token {
  kind: 'id' | 'str' | 'char' | 'num' | 'punct';
  value: string;
  line: number;
}

const PUNCT3 = [
  '>>>=',
  '<<=',
  '>>=',
  '...',
  '->',
  '::',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
];

export function tokenizeJava(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      line += countLines(source, i, stop);
      i = stop;
    } else if (c === '"' && source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      const stop = end < 0 ? n : end + 3;
      tokens.push({ kind: 'str', value: source.slice(i + 3, stop - 3).replace(/^[^\n]*\n/, ''), line });
      line += countLines(source, i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = line;
      let j = i + 1;
      let value = '';
      while (j < n && source[j] !== c && source[j] !== '\n') {
        if (source[j] === '\\') {
          value += unescape(source[j + 1] ?? '', source.slice(j + 2, j + 6));
          j += source[j + 1] === 'u' ? 6 : 2;
        } else value += source[j++];
      }
      tokens.push({ kind: c === '"' ? 'str' : 'char', value, line: start });
      i = j + 1;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(source[j]!)) j++;
      tokens.push({ kind: 'id', value: source.slice(i, j), line });
      i = j;
    } else if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[0-9a-zA-Z_.]/.test(source[j]!)) j++;
      tokens.push({ kind: 'num', value: source.slice(i, j), line });
      i = j;
    } else {
      const op = PUNCT3.find((p) => source.startsWith(p, i)) ?? c;
      tokens.push({ kind: 'punct', value: op, line });
      i += op.length;
    }
  }
  return tokens;
}

function countLines(source: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (source.charCodeAt(k) === 10) count++;
  return count;
}

function unescape(c: string, hex: string): string {
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case 'u':
      return String.fromCharCode(parseInt(hex, 16) || 0);
    default:
      return c;
  }
}

function isIdentStart(c: string): boolean {
  return /[A-Za-z_$]/.test(c) || c.charCodeAt(0) > 127;
}

function isIdentPart(c: string): boolean {
  return /[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) > 127;
}
