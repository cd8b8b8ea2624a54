import { tokenizeJava, type Token } from './java-tokens';

const MODIFIERS = new Set([
  'public',
  'private',
  'protected',
  'static',
  'final',
  'transient',
  'volatile',
  'abstract',
  'synchronized',
  'native',
  'default',
  'strictfp',
  'sealed',
  'non-sealed',
]);
const TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);

/**
 * Reads the declarations of one Java source file: package, imports, classes with their
 * annotations, superclass, fields (type, annotations, modifiers, initialiser text) and enum
 * constants. Method bodies and initialiser blocks are skipped unread.
 */
export function readJavaFile(source: string): JavaFile {
  const reader = new Reader(tokenizeJava(source));
  return reader.readFile();
}

/** The Java type as written: `List<VmNicInventory>` → {name: 'List', args: [{name: 'VmNicInventory'}]}. */
export function formatJavaType(type: JavaType): string {
  const args = type.args.length > 0 ? `<${type.args.map(formatJavaType).join(', ')}>` : '';
  return type.name + args + '[]'.repeat(type.array);
}

class Reader {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  readFile(): JavaFile {
    const file: JavaFile = { package: '', imports: [], classes: [] };
    while (this.i < this.tokens.length) {
      if (this.isId('package')) {
        this.i++;
        file.package = this.readQualifiedName();
        this.skipPast(';');
      } else if (this.isId('import')) {
        this.i++;
        const isStatic = this.isId('static');
        if (isStatic) this.i++;
        const name = this.readQualifiedName(true);
        this.skipPast(';');
        if (!isStatic) file.imports.push(name);
      } else {
        const annotations = this.readAnnotationsAndModifiers().annotations;
        const keyword = this.peek();
        if (keyword?.kind === 'id' && TYPE_KEYWORDS.has(keyword.value)) file.classes.push(this.readClass(annotations, []));
        else if (this.isPunct('@') && this.tokens[this.i + 1]?.value === 'interface') {
          this.i++;
          file.classes.push(this.readClass(annotations, []));
        } else this.i++;
      }
    }
    return file;
  }

  private readClass(annotations: JavaAnnotation[], modifiers: string[]): JavaClass {
    const kind = this.next().value as JavaClass['kind'];
    const nameToken = this.next();
    const cls: JavaClass = { kind, name: nameToken.value, line: nameToken.line, annotations, modifiers, fields: [], nested: [], enumConstants: [] };
    if (this.isPunct('<')) this.skipAngles();
    if (kind === 'record' && this.isPunct('(')) this.skipBalanced('(', ')');
    while (this.i < this.tokens.length && !this.isPunct('{')) {
      if (this.isId('extends')) {
        this.i++;
        const type = this.readType();
        if (kind === 'class' && type) cls.extends = type;
      } else this.i++;
    }
    this.i++; // {
    if (kind === 'enum') this.readEnumConstants(cls);
    this.readMembers(cls);
    return cls;
  }

  private readEnumConstants(cls: JavaClass) {
    while (this.i < this.tokens.length) {
      this.readAnnotationsAndModifiers();
      const token = this.peek();
      if (!token || this.isPunct(';')) {
        this.i++;
        return;
      }
      if (this.isPunct('}')) return;
      if (token.kind === 'id') cls.enumConstants.push(token.value);
      this.i++;
      if (this.isPunct('(')) this.skipBalanced('(', ')');
      if (this.isPunct('{')) this.skipBalanced('{', '}');
      if (this.isPunct(',')) this.i++;
    }
  }

  private readMembers(cls: JavaClass) {
    while (this.i < this.tokens.length) {
      if (this.isPunct('}')) {
        this.i++;
        return;
      }
      if (this.isPunct(';')) {
        this.i++;
        continue;
      }
      const { annotations, modifiers } = this.readAnnotationsAndModifiers();
      const token = this.peek();
      if (!token) return;
      if (this.isPunct('{')) {
        this.skipBalanced('{', '}');
      } else if (token.kind === 'id' && TYPE_KEYWORDS.has(token.value) && this.tokens[this.i + 1]?.kind === 'id') {
        cls.nested.push(this.readClass(annotations, modifiers));
      } else if (this.isPunct('@') && this.tokens[this.i + 1]?.value === 'interface') {
        this.i++;
        cls.nested.push(this.readClass(annotations, modifiers));
      } else if (this.isPunct('<')) {
        this.skipAngles();
      } else {
        this.readMember(cls, annotations, modifiers);
      }
    }
  }

  private readMember(cls: JavaClass, annotations: JavaAnnotation[], modifiers: string[]) {
    const type = this.readType();
    if (!type) {
      this.i++;
      return;
    }
    if (this.isPunct('(')) {
      this.skipMethodRest(); // constructor
      return;
    }
    const nameToken = this.peek();
    if (nameToken?.kind !== 'id') {
      this.i++;
      return;
    }
    this.i++;
    if (this.isPunct('(')) {
      this.skipMethodRest();
      return;
    }
    let current = nameToken;
    for (;;) {
      let fieldType = type;
      while (this.isPunct('[')) {
        this.i += 2;
        fieldType = { ...fieldType, array: fieldType.array + 1 };
      }
      const field: JavaField = { name: current.value, type: fieldType, annotations, modifiers, line: current.line };
      if (this.isPunct('=')) {
        this.i++;
        field.initializer = this.readInitializer();
      }
      cls.fields.push(field);
      if (this.isPunct(',')) {
        this.i++;
        const following = this.peek();
        if (following?.kind !== 'id') return;
        current = following;
        this.i++;
        continue;
      }
      if (this.isPunct(';')) this.i++;
      return;
    }
  }

  private skipMethodRest() {
    this.skipBalanced('(', ')');
    while (this.i < this.tokens.length) {
      if (this.isPunct(';')) {
        this.i++;
        return;
      }
      if (this.isPunct('{')) {
        this.skipBalanced('{', '}');
        return;
      }
      if (this.isPunct('}')) return;
      this.i++;
    }
  }

  private readInitializer(): string {
    const parts: Token[] = [];
    let depth = 0;
    while (this.i < this.tokens.length) {
      const token = this.peek()!;
      if (depth === 0 && token.kind === 'punct' && (token.value === ',' || token.value === ';')) break;
      if (token.kind === 'punct' && '([{'.includes(token.value)) depth++;
      if (token.kind === 'punct' && ')]}'.includes(token.value)) {
        if (depth === 0) break;
        depth--;
      }
      parts.push(token);
      this.i++;
    }
    return joinTokens(parts);
  }

  private readAnnotationsAndModifiers(): { annotations: JavaAnnotation[]; modifiers: string[] } {
    const annotations: JavaAnnotation[] = [];
    const modifiers: string[] = [];
    for (;;) {
      const token = this.peek();
      if (!token) break;
      if (token.kind === 'punct' && token.value === '@' && this.tokens[this.i + 1]?.value !== 'interface') {
        annotations.push(this.readAnnotation());
      } else if (token.kind === 'id' && MODIFIERS.has(token.value) && !(token.value === 'default' && this.tokens[this.i + 1]?.value === ':')) {
        modifiers.push(token.value);
        this.i++;
      } else break;
    }
    return { annotations, modifiers };
  }

  private readAnnotation(): JavaAnnotation {
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

  private readElementValue(): AnnotationValue {
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
  private readType(): JavaType | undefined {
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
  private closeAngle() {
    const token = this.peek();
    if (!token) return;
    if (token.value === '>') this.i++;
    else if (token.value === '>>' || token.value === '>>>') token.value = token.value.slice(1);
  }

  private skipAngles() {
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

  private readQualifiedName(allowStar = false): string {
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

  private skipBalanced(open: string, close: string) {
    let depth = 0;
    while (this.i < this.tokens.length) {
      const token = this.next();
      if (token.kind !== 'punct') continue;
      if (token.value === open) depth++;
      else if (token.value === close && --depth === 0) return;
    }
  }

  private skipPast(value: string) {
    while (this.i < this.tokens.length && !this.isPunct(value)) this.i++;
    this.i++;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private next(): Token {
    return this.tokens[this.i++]!;
  }
  private isPunct(value: string): boolean {
    const token = this.tokens[this.i];
    return token?.kind === 'punct' && token.value === value;
  }
  private isId(value: string): boolean {
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

function joinTokens(parts: Token[]): string {
  return parts
    .map((t) => (t.kind === 'str' ? JSON.stringify(t.value) : t.kind === 'char' ? `'${t.value}'` : t.value))
    .join(' ')
    .replace(/ ?([.()[\]<>]) ?/g, '$1');
}

export interface JavaFile {
  package: string;
  imports: string[];
  classes: JavaClass[];
}

export interface JavaClass {
  kind: 'class' | 'interface' | 'enum' | 'record' | 'annotation';
  name: string;
  line: number;
  annotations: JavaAnnotation[];
  modifiers: string[];
  extends?: JavaType;
  fields: JavaField[];
  nested: JavaClass[];
  enumConstants: string[];
}

export interface JavaField {
  name: string;
  type: JavaType;
  annotations: JavaAnnotation[];
  modifiers: string[];
  initializer?: string;
  line: number;
}

export interface JavaType {
  name: string;
  args: JavaType[];
  array: number;
}

export interface JavaAnnotation {
  name: string;
  args: Record<string, AnnotationValue>;
  line: number;
}

export type AnnotationValue =
  | { kind: 'string'; value: string }
  | { kind: 'array'; items: AnnotationValue[] }
  | { kind: 'class'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'literal'; value: string }
  | { kind: 'annotation'; annotation: JavaAnnotation };
