import type { Token } from './java-tokens';
import type { AnnotationValue, JavaAnnotation, JavaType } from './java-model';

/**
 * A position in a Java token stream and the small expressions found in declarations:
 * qualified names, types with generics and arrays, annotations and their element values,
 * and the skipping of balanced brackets. The declaration reader builds on it.
 */
export class JavaCursor {
  protected i = 0;
  constructor(protected readonly tokens: Token[]) {}

  protected readAnnotation(): JavaAnnotation {
    const at = this.next();
    const name = this.readQualifiedName();
    const annotation: JavaAnnotation = { name: name.slice(name.lastIndexOf('.') + 1), args: {}, line: at.line };
    if (!this.isPunct('(')) return annotation;
    this.i++;
    if (this.isPunct(')')) {
      this.i++;
      return annotation;
    }
    const named = this.peek()?.kind === 'id' && this.tokens[this.i + 1]?.value === '=';
    if (!named) annotation.args['value'] = this.readElementValue();
    while (named && !this.isPunct(')') && this.i < this.tokens.length) {
      const key = this.next().value;
      this.i++; // =
      annotation.args[key] = this.readElementValue();
      if (this.isPunct(',')) this.i++;
    }
    this.skipPast(')');
    return annotation;
  }

  protected readElementValue(): AnnotationValue {
    if (this.isPunct('{')) {
      this.i++;
      const items: AnnotationValue[] = [];
      while (!this.isPunct('}') && this.i < this.tokens.length) {
        items.push(this.readElementValue());
        if (this.isPunct(',')) this.i++;
      }
      this.i++;
      return { kind: 'array', items };
    }
    if (this.isPunct('@')) return { kind: 'annotation', annotation: this.readAnnotation() };
    const parts: Token[] = [];
    let depth = 0;
    while (this.i < this.tokens.length) {
      const token = this.peek()!;
      if (token.kind === 'punct' && '([{'.includes(token.value)) depth++;
      if (token.kind === 'punct' && ')]}'.includes(token.value)) {
        if (depth === 0) break;
        depth--;
      }
      if (depth === 0 && token.kind === 'punct' && token.value === ',') break;
      parts.push(token);
      this.i++;
    }
    return classifyValue(parts);
  }

  /** A type as written, or undefined when the tokens do not start one. */
  protected readType(): JavaType | undefined {
    const token = this.peek();
    if (token?.kind !== 'id') return undefined;
    let name = this.next().value;
    while (this.isPunct('.') && this.tokens[this.i + 1]?.kind === 'id') {
      this.i++;
      name += '.' + this.next().value;
    }
    const type: JavaType = { name, args: [], array: 0 };
    if (this.isPunct('<')) {
      this.i++;
      while (!this.isPunct('>') && !this.isPunct('>>') && !this.isPunct('>>>') && this.i < this.tokens.length) {
        if (this.isPunct('?')) {
          this.i++;
          if (this.isId('extends') || this.isId('super')) this.i++;
          else {
            type.args.push({ name: 'Object', args: [], array: 0 });
            if (this.isPunct(',')) this.i++;
            continue;
          }
        }
        const arg = this.readType();
        if (!arg) break;
        type.args.push(arg);
        if (this.isPunct(',')) this.i++;
      }
      this.closeAngle();
    }
    while (this.isPunct('[') && this.tokens[this.i + 1]?.value === ']') {
      this.i += 2;
      type.array++;
    }
    if (this.isPunct('...')) {
      this.i++;
      type.array++;
    }
    return type;
  }

  /** Consumes one `>`, splitting `>>` and `>>>` as nested generics need. */
  protected closeAngle() {
    const token = this.peek();
    if (!token) return;
    if (token.value === '>') this.i++;
    else if (token.value === '>>' || token.value === '>>>') token.value = token.value.slice(1);
  }

  protected skipAngles() {
    let depth = 0;
    while (this.i < this.tokens.length) {
      const value = this.next().value;
      if (value === '<') depth++;
      else if (value === '>') depth--;
      else if (value === '>>') depth -= 2;
      else if (value === '>>>') depth -= 3;
      if (depth <= 0) return;
    }
  }

  protected readQualifiedName(allowStar = false): string {
    let name = this.peek()?.kind === 'id' ? this.next().value : '';
    while (this.isPunct('.')) {
      const after = this.tokens[this.i + 1];
      if (after?.kind === 'id' || (allowStar && after?.value === '*')) {
        this.i++;
        name += '.' + this.next().value;
      } else break;
    }
    return name;
  }

  protected skipBalanced(open: string, close: string) {
    let depth = 0;
    while (this.i < this.tokens.length) {
      const token = this.next();
      if (token.kind !== 'punct') continue;
      if (token.value === open) depth++;
      else if (token.value === close && --depth === 0) return;
    }
  }

  protected skipPast(value: string) {
    while (this.i < this.tokens.length && !this.isPunct(value)) this.i++;
    this.i++;
  }

  protected peek(): Token | undefined {
    return this.tokens[this.i];
  }
  protected next(): Token {
    return this.tokens[this.i++]!;
  }
  protected isPunct(value: string): boolean {
    const token = this.tokens[this.i];
    return token?.kind === 'punct' && token.value === value;
  }
  protected isId(value: string): boolean {
    const token = this.tokens[this.i];
    return token?.kind === 'id' && token.value === value;
  }
}

function classifyValue(parts: Token[]): AnnotationValue {
  const strings = parts.filter((_, k) => k % 2 === 0);
  const pluses = parts.filter((_, k) => k % 2 === 1);
  if (parts.length > 0 && strings.every((t) => t.kind === 'str') && pluses.every((t) => t.value === '+')) {
    return { kind: 'string', value: strings.map((t) => t.value).join('') };
  }
  const text = joinTokens(parts);
  if (/^[\w$.]+\.class$/.test(text)) return { kind: 'class', name: text.slice(0, -'.class'.length) };
  if (/^[A-Za-z_$][\w$.]*$/.test(text) && !/^(true|false|null)$/.test(text)) return { kind: 'name', name: text };
  return { kind: 'literal', value: text };
}

export function joinTokens(parts: Token[]): string {
  return parts
    .map((t) => (t.kind === 'str' ? JSON.stringify(t.value) : t.kind === 'char' ? `'${t.value}'` : t.value))
    .join(' ')
    .replace(/ ?([.()[\]<>]) ?/g, '$1');
}
